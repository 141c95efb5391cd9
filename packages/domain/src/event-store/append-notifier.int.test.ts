import { describe, expect, it } from 'vitest';
import { AppendNotifier, appendedChannel } from './append-notifier';
import { appended, newEvents, streamId, testLogger } from './test-support/fixtures';
import { useTestStore } from './test-support/test-store';

const store = useTestStore();

/** A connection listening on the channel, and the count of notifications it was sent so far. */
async function listen() {
  const client = await store().pool.connect();
  let count = 0;
  client.on('notification', ({ channel }) => {
    if (channel === appendedChannel) count += 1;
  });
  await client.query(`LISTEN ${appendedChannel}`);
  return {
    // A notification committed before this round trip is delivered before its answer: the
    // notifying commit signals the listening backend, which sends it before reading the query.
    received: async () => {
      await client.query('SELECT 1');
      return count;
    },
    close: async () => {
      await client.query('UNLISTEN *');
      client.release();
    },
  };
}

describe('AppendNotifier', () => {
  it('notifies at once, and covers every call made while one is in flight with one more', async () => {
    const listener = await listen();
    try {
      const notifier = new AppendNotifier(store().pool, testLogger(), 50);

      notifier.notify();
      for (let call = 0; call < 20; call++) notifier.notify();
      await notifier.settled();
      expect(await listener.received()).toBe(2);

      notifier.notify();
      await notifier.settled();
      expect(await listener.received()).toBe(3);
    } finally {
      await listener.close();
    }
  });

  it('is sent by the event store after an append', async () => {
    const listener = await listen();
    try {
      const before = await listener.received();
      await appended(store().eventStore.appendToStream(streamId(), 'no_stream', newEvents(1)));
      await expect.poll(() => listener.received()).toBeGreaterThan(before);
    } finally {
      await listener.close();
    }
  });
});
