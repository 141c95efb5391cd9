import type { PubAck } from '@nats-io/jetstream';
import type { RecordedEvent } from '../shared/envelope';
import { compareLogPositions, formatLogPosition, type LogPosition } from '../shared/log-position';
import type { BatchOutcome } from './publish-batch';

export interface DrainSteps {
  readonly batchSize: number;
  readAfter(position: LogPosition, limit: number): Promise<readonly RecordedEvent[]>;
  publish(
    batch: readonly RecordedEvent[],
    previous: RecordedEvent | undefined,
  ): Promise<BatchOutcome>;
  /** Moves the checkpoint past acked events; called in log order, one batch at a time. */
  acked(events: readonly RecordedEvent[], acks: readonly PubAck[]): Promise<void>;
  /** Asked before each further batch: false ends the drain after the batches in flight. */
  keepGoing(): boolean;
}

export interface Drained {
  readonly relayed: number;
  /** The checkpoint the drain left: after the last acked event, or where it started. */
  readonly position: LogPosition;
}

const positionOf = ({ transactionId, globalPosition }: LogPosition): LogPosition => ({
  transactionId,
  globalPosition,
});

// A promise awaited later may reject first: mark it handled now, the await still sees the error.
const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

/**
 * The checkpoint and JetStream's expectation chain both assume log order: a reader that broke
 * it would make the relay skip events silently. Cheap to check, so fail loudly instead.
 */
function assertLogOrder(after: LogPosition, batch: readonly RecordedEvent[]): void {
  let previous = after;
  for (const event of batch) {
    if (compareLogPositions(previous, event) >= 0) {
      throw new Error(
        `The log reader returned ${formatLogPosition(event)} after ${formatLogPosition(previous)}: ` +
          'events must come in (transactionId, globalPosition) order',
      );
    }
    previous = event;
  }
}

interface Progress {
  relayed: number;
  position: LogPosition;
}

/** Waits for the batch before, then this batch's acks, then checkpoints the acked prefix. */
async function settle(
  steps: DrainSteps,
  before: Promise<void>,
  publishing: Promise<BatchOutcome>,
  batch: readonly RecordedEvent[],
  progress: Progress,
): Promise<void> {
  await before;
  const { acks, error } = await publishing;
  const acked = batch.slice(0, acks.length);
  const last = acked.at(-1);
  if (last) {
    await steps.acked(acked, acks);
    progress.position = positionOf(last);
    progress.relayed += acked.length;
  }
  if (error) throw error;
}

/**
 * Publishes every event visible after `from`, keeping three things in flight at once: the read
 * of the next batch, the publishes of this batch, and the acks (then checkpoint) of the batch
 * before. The checkpoint only ever moves past a prefix that JetStream acked, in log order.
 */
export async function drainLog(steps: DrainSteps, from: LogPosition): Promise<Drained> {
  const progress: Progress = { relayed: 0, position: from };
  let previous: RecordedEvent | undefined;
  let settling: Promise<void> = Promise.resolve();
  let readFrom = from;
  let reading = handled(steps.readAfter(from, steps.batchSize));
  try {
    for (;;) {
      const batch = await reading;
      assertLogOrder(readFrom, batch);
      const last = batch.at(-1);
      const more = last !== undefined && batch.length === steps.batchSize && steps.keepGoing();
      if (more) {
        readFrom = last;
        reading = handled(steps.readAfter(last, steps.batchSize));
      }
      if (last) {
        const before = settling;
        settling = handled(settle(steps, before, steps.publish(batch, previous), batch, progress));
        previous = last;
        // At most two batches unacknowledged: wait for the one before this.
        await before;
      }
      if (!more) {
        await settling;
        return { ...progress };
      }
    }
  } finally {
    // On a failure, never leave a checkpoint save running behind the caller's back.
    await settling.catch(() => undefined);
  }
}
