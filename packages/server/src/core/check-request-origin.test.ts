import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, HANDLER_URL } from '../testing/portal-test-kit';
import { checkRequestOrigin } from './check-request-origin';

const ALLOWED = new Set([APP_ORIGIN]);

function post(headers: Record<string, string>): Request {
  return new Request(HANDLER_URL, { method: 'POST', headers });
}

function recordingLogger() {
  return { error: vi.fn(), warn: vi.fn() };
}

describe('checkRequestOrigin', () => {
  it('refuses a post from another site, saying where to post from', () => {
    const refuse = () => checkRequestOrigin(post({ origin: 'https://evil.com' }), ALLOWED, recordingLogger());
    expect(refuse).toThrow(
      expect.objectContaining({
        code: 'CROSS_SITE_REQUEST',
        message: 'This request came from another site. Post from a page on an allowed origin (see allowedOrigins).',
      }),
    );
  });

  it('logs what it refused, with the allowed origins, so a missing allowedOrigins entry is easy to spot', () => {
    const logger = recordingLogger();
    const request = post({ origin: 'http://localhost:5173', 'sec-fetch-site': 'Same-Site' });
    expect(() => checkRequestOrigin(request, ALLOWED, logger)).toThrow();
    expect(logger.warn).toHaveBeenCalledWith('Refused a cross-site request to the portal handler.', {
      origin: 'http://localhost:5173',
      secFetchSite: 'same-site',
      allowedOrigins: [APP_ORIGIN],
    });
  });

  it('logs at most 200 characters of Origin and 50 of Sec-Fetch-Site, which the client chose', () => {
    const logger = recordingLogger();
    const origin = `https://${'a'.repeat(1000)}.evil.com`;
    const fetchSite = `cross-site${'x'.repeat(1000)}`;
    expect(() => checkRequestOrigin(post({ origin, 'sec-fetch-site': fetchSite }), ALLOWED, logger)).toThrow();
    expect(logger.warn).toHaveBeenCalledWith(expect.any(String), {
      origin: origin.slice(0, 200),
      secFetchSite: fetchSite.slice(0, 50),
      allowedOrigins: [APP_ORIGIN],
    });
  });

  it('logs a missing header as null', () => {
    const logger = recordingLogger();
    expect(() => checkRequestOrigin(post({ 'sec-fetch-site': 'cross-site' }), ALLOWED, logger)).toThrow();
    expect(logger.warn).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ origin: null }));
  });

  it('lets through, without a log line, a post from an allowed origin', () => {
    const logger = recordingLogger();
    checkRequestOrigin(post({ origin: APP_ORIGIN, 'sec-fetch-site': 'same-origin' }), ALLOWED, logger);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
