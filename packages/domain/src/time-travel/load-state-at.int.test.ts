import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { increment } from '../application/test-support/counter-commands';
import { counterAggregate, type CounterCommand } from '../application/test-support/counter';
import { commandContext, counterStreamId } from '../application/test-support/context';
import { handleCommand } from '../application/handle-command';
import { appended, newEvent, testLogger } from '../event-store/test-support/fixtures';
import {
  closeTestStore,
  openTestStore,
  type TestStore,
} from '../event-store/test-support/test-store';
import { UndecodableEvent } from '../shared/undecodable-event';
import { loadStateAt } from './load-state-at';

let t: TestStore;

beforeAll(async () => {
  t = await openTestStore();
});

afterAll(() => closeTestStore(t));

const run = (stream: string, command: CounterCommand) =>
  handleCommand(
    { eventStore: t.eventStore, logger: testLogger() },
    counterAggregate,
    stream,
    command,
    commandContext(),
  );

const totalOf = (state: { status: string; total?: bigint }) =>
  state.status === 'Counting' ? state.total : 0n;

describe('loadStateAt', () => {
  it('gives the state after a given stream version, with the events that led there', async () => {
    const stream = counterStreamId();
    for (const by of [1, 10, 100]) await run(stream, increment(by));

    const atTwo = await loadStateAt(t.eventStore, counterAggregate, stream, { version: 2 });

    expect(totalOf(atTwo.state)).toBe(11n);
    expect(atTwo.streamVersion).toBe(2);
    expect(
      atTwo.events.map(({ streamVersion, type, data }) => ({ streamVersion, type, data })),
    ).toEqual([
      { streamVersion: 1, type: 'Incremented', data: expect.objectContaining({ by: 1 }) },
      { streamVersion: 2, type: 'Incremented', data: expect.objectContaining({ by: 10 }) },
    ]);
    expect(atTwo.events[0]).toMatchObject({ streamId: stream, metadata: { actor: 'admin' } });
    const start = await loadStateAt(t.eventStore, counterAggregate, stream, { version: 0 });
    expect(start).toEqual({ state: { status: 'Empty' }, streamVersion: 0, events: [] });
    const beyond = await loadStateAt(t.eventStore, counterAggregate, stream, { version: 99 });
    expect(totalOf(beyond.state)).toBe(111n);
  });

  it('gives the state as it was at an instant', async () => {
    const stream = counterStreamId();
    await run(stream, increment(1));
    await run(stream, increment(10));
    const [, second] = await t.eventStore.readStream(stream);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await run(stream, increment(100));

    const then = await loadStateAt(t.eventStore, counterAggregate, stream, {
      at: second?.recordedAt ?? new Date(),
    });
    const before = await loadStateAt(t.eventStore, counterAggregate, stream, { at: new Date(0) });
    const now = await loadStateAt(t.eventStore, counterAggregate, stream, { at: new Date() });

    expect([then.streamVersion, totalOf(then.state)]).toEqual([2, 11n]);
    expect(before.streamVersion).toBe(0);
    expect([now.streamVersion, totalOf(now.state)]).toEqual([3, 111n]);
  });

  it('shows older payloads upcast, keeping the version they were stored in', async () => {
    const stream = counterStreamId();
    await appended(
      t.eventStore.appendToStream(stream, 'no_stream', [
        { ...newEvent('Incremented', { by: 4, label: 'red' }), schemaVersion: 1 },
      ]),
    );

    const { events } = await loadStateAt(t.eventStore, counterAggregate, stream, { version: 1 });

    expect(events[0]).toMatchObject({
      schemaVersion: 1,
      data: { by: 4, label: 'red', at: '1970-01-01T00:00:00Z' },
    });
  });

  it('refuses a point in time that is not one, and names an undecodable event', async () => {
    const stream = counterStreamId();
    await appended(t.eventStore.appendToStream(stream, 'no_stream', [newEvent('Exploded', {})]));

    await expect(
      loadStateAt(t.eventStore, counterAggregate, stream, { version: -1 }),
    ).rejects.toThrow();
    await expect(
      loadStateAt(t.eventStore, counterAggregate, stream, { version: 1 }),
    ).rejects.toThrow(UndecodableEvent);
  });
});
