import { describe, expect, it } from 'vitest';
import { bodyFormatOf } from './body-format';

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
