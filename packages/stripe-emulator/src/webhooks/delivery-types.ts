/** One try at delivering an event to an endpoint. */
export interface WebhookAttempt {
  /** Emulator time of the try. */
  readonly at: number;
  /** Wall time (unix seconds) of the try: the `t=` of its signature, as Stripe signs with real time. */
  readonly signedAt: number;
  /** The endpoint's HTTP status, or null when there was no response. */
  readonly status: number | null;
  /** Why the try failed (connection error, timeout, non-2xx), or null on success. */
  readonly error: string | null;
}

/**
 * An event on its way to one endpoint.
 *
 * @example
 * await emulator.webhooks.waitForIdle();
 * expect(emulator.webhooks.deliveries.every((d) => d.state === 'succeeded')).toBe(true);
 */
export interface WebhookDelivery {
  readonly endpoint: string;
  readonly eventId: string;
  readonly eventType: string;
  /** `pending` while tries remain, then `succeeded` or `failed`. */
  readonly state: 'pending' | 'succeeded' | 'failed';
  readonly attempts: readonly WebhookAttempt[];
}

/** How failed deliveries are retried: exponential backoff from `initialDelayMs`, capped. */
export interface WebhookRetryOptions {
  /** Tries per event and endpoint, the first included. @defaultValue 5 */
  maxAttempts?: number;
  /** Wait before the second try; doubles for each later one. @defaultValue 1000 */
  initialDelayMs?: number;
  /** Longest wait between tries. @defaultValue 30000 */
  maxDelayMs?: number;
  /** How long one try may take before it counts as failed. @defaultValue 10000 */
  timeoutMs?: number;
}
