import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join } from './html';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const name = `<script>alert("x")</script>' onmouseover='y`;
    const out = html`<p title="${name}">${name}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;y">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;y</p>',
    );
  });

  it('keeps nested fragments as markup and escapes values inside lists', () => {
    const items = ['a&b', html`<b>${'<i>'}</b>`];
    expect(html`<li>${items}</li>`.value).toBe('<li>a&amp;b<b>&lt;i&gt;</b></li>');
    expect(join([html`<br>`, '<br>']).value).toBe('<br>&lt;br&gt;');
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('does not treat a look-alike object as safe markup', () => {
    const fake = { value: '<script>' } as unknown as string;
    expect(html`${fake}`.value).toBe('[object Object]');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
