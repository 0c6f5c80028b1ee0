import { describe, expect, it } from 'vitest';
import { type BodyFormat, bodyFormatOf, prefersHtml, wantsRedirect } from './body-format';

function withType(contentType: string | undefined): Request {
  return new Request('https://app.example.com/api/billing/portal', {
    method: 'POST',
    headers: contentType === undefined ? {} : { 'content-type': contentType },
  });
}

describe('bodyFormatOf', () => {
  it.each([
    // What fetch and browsers send, then the same types spelled otherwise.
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['application/x-www-form-urlencoded', 'form'],
    ['application/x-www-form-urlencoded;charset=UTF-8', 'form'],
    ['Application/JSON ; Charset="UTF-8"', 'json'],
    ['application/json;charset=utf8', 'json'],
    ['application/json; version=1', 'json'],
    ['application/json; boundary=x; charset=utf-8', 'json'],
    ['application/json; boundary=x; charset=latin1', 'unsupported'],
    ['APPLICATION/X-WWW-FORM-URLENCODED', 'form'],
    ['application/json; charset=iso-8859-1', 'unsupported'],
    ['application/x-www-form-urlencoded; charset=utf-16', 'unsupported'],
    ['text/plain', 'unsupported'],
    ['multipart/form-data; boundary=x', 'unsupported'],
  ])('reads %j as %s', (contentType, format) => {
    expect(bodyFormatOf(withType(contentType))).toBe(format);
  });

  it('reads a request without Content-Type as having no body format', () => {
    expect(bodyFormatOf(withType(undefined))).toBe('none');
  });
});

function withAccept(accept: string | undefined): Request {
  return new Request('https://app.example.com/api/billing/portal', {
    method: 'POST',
    headers: accept === undefined ? {} : { accept },
  });
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('prefersHtml', () => {
  it.each([
    ['a form post from a browser', BROWSER_ACCEPT, 'form', true],
    ['a body-less post from a browser', BROWSER_ACCEPT, 'none', true],
    ['Accept in upper case', 'TEXT/HTML', 'form', true],
    // fetch() with a JSON body reads JSON, whatever Accept it sends.
    ['a JSON body, even with text/html in Accept', BROWSER_ACCEPT, 'json', false],
    ['a form-encoded fetch that asks for JSON', 'application/json', 'form', false],
    ['no Accept', undefined, 'form', false],
  ] as [string, string | undefined, BodyFormat, boolean][])(
    '%s (Accept: %s, body: %s): %s',
    (_case, accept, format, expected) => {
      expect(prefersHtml(withAccept(accept), format)).toBe(expected);
    },
  );
});

describe('wantsRedirect', () => {
  it.each([
    ['a form post from a browser', BROWSER_ACCEPT, 'form', true],
    ['a form post without Accept', undefined, 'form', true],
    ['a form post that takes anything', '*/*', 'form', true],
    ['a form post that takes JSON and HTML', 'application/json, text/html', 'form', true],
    ['a form-encoded fetch that asks for JSON only', 'application/json', 'form', false],
    ['the same, in upper case', 'APPLICATION/JSON', 'form', false],
    ['a JSON body', BROWSER_ACCEPT, 'json', false],
    ['a body-less post', BROWSER_ACCEPT, 'none', false],
  ] as [string, string | undefined, BodyFormat, boolean][])(
    '%s (Accept: %s, body: %s): %s',
    (_case, accept, format, expected) => {
      expect(wantsRedirect(withAccept(accept), format)).toBe(expected);
    },
  );
});
