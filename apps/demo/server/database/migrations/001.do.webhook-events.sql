-- The kit's WEBHOOK_EVENTS_TABLE_SQL (@portalkit/server/postgres), as it shipped when this migration was written.
CREATE TABLE IF NOT EXISTS "portalkit_webhook_events" (
  -- The Stripe event ID (evt_...).
  event_id text PRIMARY KEY,
  -- 'processing' while a delivery's handler runs, 'processed' once it succeeded.
  state text NOT NULL CHECK (state IN ('processing', 'processed')),
  -- The random token of the delivery holding the claim; NULL once processed.
  owner text,
  -- When the claim's lease ends, or when the processed ID is forgotten. Past it the row is nobody's:
  -- the next claim takes it over, and deleteExpired() removes it.
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS "portalkit_webhook_events_expires_at" ON "portalkit_webhook_events" (expires_at);
