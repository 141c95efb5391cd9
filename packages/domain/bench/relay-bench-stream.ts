import { randomBytes } from 'node:crypto';
import type { JetStreamManager } from '@nats-io/jetstream';
import { ensureEventStream } from '../src/relay/event-stream';

export interface BenchStream {
  readonly subjectPrefix: string;
  expectMessages(count: number): Promise<void>;
  /** Idempotent: the bench's finally calls it again for streams a failed round left behind. */
  remove(): Promise<void>;
}

/** A JetStream stream of its own per measurement, so every publish is a first (not a duplicate). */
export async function benchStream(jsm: JetStreamManager): Promise<BenchStream> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const streamName = `SHOP_BENCH_${suffix}`;
  const subjectPrefix = `bench_${suffix}.events`;
  await ensureEventStream(jsm, { streamName, subjectPrefix });
  let removed = false;
  return {
    subjectPrefix,
    async expectMessages(count) {
      const { state } = await jsm.streams.info(streamName);
      if (state.messages !== count) {
        throw new Error(`${streamName} holds ${state.messages} messages, expected ${count}`);
      }
    },
    async remove() {
      if (removed) return;
      removed = true;
      await jsm.streams.delete(streamName);
    },
  };
}
