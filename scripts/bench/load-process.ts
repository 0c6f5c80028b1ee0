/*
 * The bench's "outside world", in a child process: the fake Stripe the server calls, and autocannon
 * playing the browsers. It answers `run` messages with autocannon's raw result, `sessionParams` with the
 * parameters of the last session it was asked for, and exits on `close`.
 */
import autocannon from 'autocannon';
import type { FromLoadProcess, ToLoadProcess } from './messages';
import { startFakeStripe } from '../../packages/server/src/testing/fake-stripe';

function send(message: FromLoadProcess): void {
  process.send?.(message);
}

// The same fake the server's tests use: real Stripe shapes over HTTP, on 127.0.0.1.
const stripe = await startFakeStripe();
send({ type: 'ready', stripePort: stripe.port });

process.on('message', (message: ToLoadProcess) => {
  if (message.type === 'close') {
    void stripe.close().finally(() => process.disconnect());
    return;
  }
  if (message.type === 'sessionParams') {
    send({ type: 'sessionParams', id: message.id, params: stripe.requestsTo('sessions').at(-1)?.body });
    stripe.reset();
    return;
  }
  autocannon({ ...message.options, skipAggregateResult: true }).then(
    (result) => {
      // The fake records every request for tests to inspect; the bench needs none of them.
      stripe.reset();
      send({ type: 'result', id: message.id, result });
    },
    (error: unknown) => send({ type: 'failed', id: message.id, message: String(error) }),
  );
});
