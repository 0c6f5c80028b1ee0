import type autocannon from 'autocannon';

/** One load run the bench asks the load process for. */
export interface LoadRequest {
  type: 'run';
  id: number;
  options: autocannon.Options;
}

/** Parent -> load process. `sessionParams` asks what the fake Stripe last received to create a session. */
export type ToLoadProcess = LoadRequest | { type: 'sessionParams'; id: number } | { type: 'close' };

/** Load process -> parent. */
export type FromLoadProcess =
  | { type: 'ready'; stripePort: number }
  | { type: 'result'; id: number; result: autocannon.RawResult }
  | { type: 'sessionParams'; id: number; params: Record<string, unknown> | undefined }
  | { type: 'failed'; id: number; message: string };
