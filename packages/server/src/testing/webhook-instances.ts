import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { WEBHOOK_EVENTS_TABLE_SQL } from '../postgres/event-store-schema';
import { BILLING_PROJECTION_TABLE_SQL } from '../postgres/projection-schema';
import { startServerProcess } from './server-process';
import { SIDE_EFFECT_TABLES_SQL } from './side-effect-log';
import type { WebhookInstanceSettings } from './webhook-instance';

export type { WebhookInstanceSettings } from './webhook-instance';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./webhook-instance.ts', import.meta.url));

/**
 * A running webhook-instance.ts process.
 *
 * @example
 * const instance = await startWebhookInstance(settings);
 * await instance.stop(['SIGKILL']);
 */
export interface WebhookInstance {
  /** Where it takes deliveries (any path). */
  url: string;
  pid: number;
  output(): string;
  /** Waits until it printed a line matching `pattern`, or exited. */
  printed(pattern: RegExp): Promise<void>;
  stop(signals?: NodeJS.Signals[]): Promise<void>;
}

/**
 * Starts one instance of the webhook endpoint in a child process (Node with tsx, the workspace
 * sources) and resolves once it listens. Fails, with what it printed, when it cannot start.
 *
 * @example
 * const [a, b] = await Promise.all([startWebhookInstance(settings), startWebhookInstance(settings)]);
 */
export async function startWebhookInstance(settings: WebhookInstanceSettings): Promise<WebhookInstance> {
  const args = ['--conditions=portalkit-source', '--import', 'tsx', ENTRY, JSON.stringify(settings)];
  const ready = /webhook instance (\d+) listening on (http:\/\/\S+)/;
  const child = await startServerProcess('A webhook instance', 'node', args, ready, 120_000, { cwd: REPO_ROOT });
  const [, pid = '', url = ''] = ready.exec(child.output()) ?? [];
  return { url, pid: Number(pid), output: child.output, stop: child.stop, printed: child.printed };
}

/**
 * A connection pool to the shared database, for reading what the instances left there.
 *
 * @example
 * const pool = connectSharedDatabase(postgresUrl());
 * await pool.end();
 */
export function connectSharedDatabase(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url });
}

/**
 * Creates the event store's and the projection's tables, and the side-effect log, in the shared
 * database, before any instance starts.
 *
 * @example
 * await prepareSharedDatabase(postgresUrl());
 */
export async function prepareSharedDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(WEBHOOK_EVENTS_TABLE_SQL);
    await client.query(BILLING_PROJECTION_TABLE_SQL);
    await client.query(SIDE_EFFECT_TABLES_SQL);
  } finally {
    await client.end();
  }
}
