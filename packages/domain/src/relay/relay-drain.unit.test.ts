import type { PubAck } from '@nats-io/jetstream';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../shared/envelope';
import { logStart, type LogPosition } from '../shared/log-position';
import type { BatchOutcome } from './publish-batch';
import { drainLog, type DrainSteps } from './relay-drain';

const event = (position: number, transactionId = 100n): RecordedEvent => ({
  eventId: `event-${position}`,
  type: 'ThingHappened',
  schemaVersion: 1,
  streamId: 'thing-1',
  streamVersion: position,
  transactionId,
  globalPosition: BigInt(position),
  recordedAt: new Date(0),
  data: {},
  metadata: { correlationId: 'c', causationId: 'c', actor: 'test' },
});

const ack = (seq: number): PubAck => ({ stream: 'S', seq, duplicate: false, domain: '' });
const ids = (events: readonly RecordedEvent[]) => events.map((e) => e.eventId);

/** A log in memory and a recording of what the drain asked for, in order. */
function fakeSteps(log: readonly RecordedEvent[], overrides: Partial<DrainSteps> = {}) {
  const calls: string[] = [];
  const steps: DrainSteps = {
    batchSize: 3,
    async readAfter(position: LogPosition, limit: number) {
      const start = log.findIndex((e) => e.globalPosition > position.globalPosition);
      return start === -1 ? [] : log.slice(start, start + limit);
    },
    async publish(batch, previous): Promise<BatchOutcome> {
      calls.push(`publish ${ids(batch).join(',')} after ${previous?.eventId ?? 'none'}`);
      return { acks: batch.map((e) => ack(Number(e.globalPosition))) };
    },
    async acked(events) {
      calls.push(`acked ${ids(events).join(',')}`);
    },
    keepGoing: () => true,
    ...overrides,
  };
  return { steps, calls };
}

const log = [1, 2, 3, 4, 5, 6, 7].map((position) => event(position));

describe('drainLog', () => {
  it('publishes batches chained to the one before and checkpoints each, in log order', async () => {
    const { steps, calls } = fakeSteps(log);

    const drained = await drainLog(steps, logStart);

    expect(drained).toEqual({ relayed: 7, position: { transactionId: 100n, globalPosition: 7n } });
    expect(calls.filter((call) => call.startsWith('publish'))).toEqual([
      'publish event-1,event-2,event-3 after none',
      'publish event-4,event-5,event-6 after event-3',
      'publish event-7 after event-6',
    ]);
    expect(calls.filter((call) => call.startsWith('acked'))).toEqual([
      'acked event-1,event-2,event-3',
      'acked event-4,event-5,event-6',
      'acked event-7',
    ]);
  });

  it('sends the next batch before the acks of this one, but never a third', async () => {
    const pending: ((outcome: BatchOutcome) => void)[] = [];
    const { steps, calls } = fakeSteps(log, {
      publish: (batch) => {
        calls.push(`publish ${ids(batch).join(',')}`);
        return new Promise((resolve) => pending.push(resolve));
      },
    });

    const draining = drainLog(steps, logStart);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual(['publish event-1,event-2,event-3', 'publish event-4,event-5,event-6']);

    pending[0]?.({ acks: [ack(1), ack(2), ack(3)] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls.at(-1)).toBe('publish event-7');
    pending[1]?.({ acks: [ack(4), ack(5), ack(6)] });
    pending[2]?.({ acks: [ack(7)] });
    expect((await draining).relayed).toBe(7);
  });

  it('checkpoints only the acked prefix of a refused batch, then fails', async () => {
    const refused = new Error('wrong last msg ID');
    const { steps, calls } = fakeSteps(log, {
      publish: async (batch) =>
        batch[0]?.eventId === 'event-4'
          ? { acks: [ack(4)], error: refused }
          : { acks: batch.map(() => ack(0)) },
    });

    await expect(drainLog(steps, logStart)).rejects.toBe(refused);

    expect(calls).toEqual(['acked event-1,event-2,event-3', 'acked event-4']);
  });

  it('stops reading once told to, after the batches in flight', async () => {
    let asked = 0;
    const { steps } = fakeSteps(log, { keepGoing: () => ++asked < 2 });

    expect(await drainLog(steps, logStart)).toMatchObject({ relayed: 6 });
  });

  it('refuses a batch that is not in log order, and publishes none of it', async () => {
    const shuffled = [event(1), event(10), event(9)];
    const { steps, calls } = fakeSteps(shuffled, {
      readAfter: async () => shuffled,
    });

    await expect(drainLog(steps, logStart)).rejects.toThrow(
      'The log reader returned 100:9 after 100:10',
    );
    expect(calls).toEqual([]);
  });
});
