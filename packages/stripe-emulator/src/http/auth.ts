import { StripeApiError } from './stripe-error';

/**
 * Checks the API key the way Stripe does: `Authorization: Bearer sk_...`, or HTTP Basic with the key
 * as the user name (what `curl -u sk_...:` sends). Throws Stripe's 401 errors.
 */
export function checkApiKey(authorization: string | undefined, apiKey: string): void {
  const key = readKey(authorization);
  if (!key) {
    throw new StripeApiError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      { status: 401 },
    );
  }
  if (key !== apiKey) {
    throw new StripeApiError(`Invalid API Key provided: ${redact(key)}`, { status: 401 });
  }
}

function readKey(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '')) return value || null;
  if (/^basic$/i.test(scheme ?? '')) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.split(':')[0] || null;
  }
  return null;
}

// Stripe shows the start and the last four characters and masks the rest.
function redact(key: string): string {
  if (key.length <= 12) return `${key.slice(0, 3)}${'*'.repeat(Math.max(key.length - 3, 0))}`;
  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}
