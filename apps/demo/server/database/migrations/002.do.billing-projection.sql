-- The kit's BILLING_PROJECTION_TABLE_SQL (@portalkit/server/postgres), as it shipped when this migration was written.
CREATE SEQUENCE IF NOT EXISTS "portalkit_billing_objects_revision";
CREATE TABLE IF NOT EXISTS "portalkit_billing_objects" (
  -- 'subscription', 'invoice' or 'customer', and the object's Stripe ID.
  kind text NOT NULL CHECK (kind IN ('subscription', 'invoice', 'customer')),
  id text NOT NULL,
  -- The customer (cus_...) and, on Accounts v2, the account (acct_...) the object belongs to.
  owner text NOT NULL,
  account text,
  -- The created second of the newest event applied, and the IDs of the events applied at that second.
  version bigint NOT NULL,
  event_ids jsonb NOT NULL,
  -- From the sequence on every write: the compare-and-set token, summed into the customer's version.
  revision bigint NOT NULL,
  -- The projected fields, as the billing-state handler answers them.
  data jsonb NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS "portalkit_billing_objects_owner" ON "portalkit_billing_objects" (owner);
CREATE INDEX IF NOT EXISTS "portalkit_billing_objects_account" ON "portalkit_billing_objects" (account) WHERE account IS NOT NULL;
