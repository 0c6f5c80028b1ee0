/** The Worker's vars and secrets (see wrangler.jsonc; secrets with `wrangler secret put`). */
export interface Env {
  /** Secret: `sk_live_...` or `sk_test_...`. */
  STRIPE_SECRET_KEY: string;
  /** Secret: the webhook endpoint's signing secret, `whsec_...`. */
  STRIPE_WEBHOOK_SECRET: string;
  /** Where the app lives, e.g. `https://app.example.com`; customers come back to `${APP_URL}/account`. */
  APP_URL: string;
  /** Optional, for local work: the Stripe emulator's URL (`pnpm emulator`), e.g. `http://127.0.0.1:12111`. */
  STRIPE_API_URL?: string;
}
