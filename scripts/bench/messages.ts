import type autocannon from 'autocannon';

/** One load run the bench asks the load process for. */
export interface LoadRequest {
  type: 'run';
  id: number;
  options: autocannon.Options;
}

/** Parent -> load process. */
export type ToLoadProcess = LoadRequest | { type: 'close' };

/** Load process -> parent. */
export type FromLoadProcess =
  | { type: 'ready'; stripePort: number }
  | { type: 'result'; id: number; result: autocannon.RawResult }
  | { type: 'failed'; id: number; message: string };
