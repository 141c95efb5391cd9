import { describe, expect, it, vi } from 'vitest';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import type { EventStore } from '../event-store/port';
import { appended, newEvent, testLogger } from '../event-store/test-support/fixtures';
import { useTestStore } from '../event-store/test-support/test-store';
import { fold } from '../shared/decider';
import { UndecodableEvent } from '../shared/undecodable-event';
import { handleCommand, type CommandHandlerDeps } from './handle-command';
import { loadAggregate } from './load-aggregate';
import { StreamStateCache } from './stream-state-cache';
import {
  counterAggregate,
  counterWithSnapshots,
  type CounterCommand,
} from './test-support/counter';
import { counterCommand, decrement, increment, reset } from './test-support/counter-commands';
import { commandContext, counterStreamId } from './test-support/context';
import { snapshotsAgreeWithReplay } from './test-support/snapshot-property';

const store = useTestStore();
const logger = testLogger();

/** One server process: its own event store object (to spy on) and its own state cache. */
const aProcess = (overrides: Partial<CommandHandlerDeps> = {}) => {
  const eventStore = new PostgresEventStore(store().pool, logger);
  const stateCache = new StreamStateCache();
  const deps = {
    eventStore,
    snapshotStore: store().snapshotStore,
    logger,
    stateCache,
    ...overrides,
  };
  return {
    deps,
    stateCache,
    reads: vi.spyOn(eventStore, 'readStream'),
    appends: vi.spyOn(eventStore, 'appendOrReadSince'),
    run: (stream: string, command: CounterCommand, aggregate = counterAggregate) =>
      handleCommand(deps, aggregate, stream, command, commandContext()),
  };
};

const totalOf = async (stream: string) => {
  const history = await store().eventStore.readStream(stream);
  const state = fold(
    counterAggregate.decider,
    history.map((event) => counterAggregate.codec.parse(event)),
  );
  return state.status === 'Counting' ? state.total : 0n;
};

describe('handleCommand with a state cache', () => {
  it('decides on the remembered state and appends without reading the stream', async () => {
    const web = aProcess();
    const stream = counterStreamId();
    await web.run(stream, increment(2));
    web.reads.mockClear();

    const second = await web.run(stream, increment(3));

    expect(second).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 2 }) });
    expect(web.reads).not.toHaveBeenCalled();
    expect(web.appends).toHaveBeenCalledTimes(2);
    expect(web.stateCache.get(stream, counterAggregate.decider)).toMatchObject({
      version: 2,
      state: { status: 'Counting', total: 5n },
    });
    expect(await totalOf(stream)).toBe(5n);
  });

  it('corrects a state made stale by another process through the conflict, losing no update', async () => {
    // One attempt only: the stale state's conflict must not use it up.
    const web = aProcess({ maxAttempts: 1 });
    const worker = aProcess();
    const stream = counterStreamId();
    await web.run(stream, increment(1));
    for (const by of [2, 3, 4]) await worker.run(stream, increment(by));
    web.reads.mockClear();
    web.appends.mockClear();

    const result = await web.run(stream, increment(5));

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 5 }) });
    // The stale append brought back the events since the remembered version: no read of the stream.
    expect(web.appends.mock.calls.map(([, expected]) => expected)).toEqual([1, 4]);
    expect(web.reads).not.toHaveBeenCalled();
    expect((await store().eventStore.readStream(stream)).map((e) => e.streamVersion)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(await totalOf(stream)).toBe(15n);
    expect(web.stateCache.get(stream, counterAggregate.decider)?.version).toBe(5);
  });

  it('reads the events since the remembered version from a store that cannot bring them', async () => {
    const inner = new PostgresEventStore(store().pool, logger);
    // The port without its optional appendOrReadSince, as a store of another kind may be.
    const plain: EventStore = {
      readStream: (...args) => inner.readStream(...args),
      appendToStream: (...args) => inner.appendToStream(...args),
    };
    const reads = vi.spyOn(plain, 'readStream');
    const web = aProcess({ eventStore: plain, maxAttempts: 1 });
    const stream = counterStreamId();
    await web.run(stream, increment(1));
    await aProcess().run(stream, increment(2));
    reads.mockClear();

    const result = await web.run(stream, increment(3));

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 3 }) });
    expect(reads.mock.calls).toEqual([[stream, { fromVersion: 1 }]]);
    expect(await totalOf(stream)).toBe(6n);
  });

  it('checks a refusal decided on a remembered state against the stream first', async () => {
    const web = aProcess();
    const worker = aProcess();
    const stream = counterStreamId();
    await web.run(stream, increment(1));
    await worker.run(stream, increment(5));

    // Remembered total 1 would refuse this; the stream's total is 6.
    const result = await web.run(stream, decrement(4));

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 3 }) });
    expect(await totalOf(stream)).toBe(2n);

    const refused = await web.run(stream, decrement(9));
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CounterWouldGoNegative' }),
    });
  });

  it('checks a no-op decided on a remembered empty stream against the stream first', async () => {
    const web = aProcess();
    const worker = aProcess();
    const stream = counterStreamId();
    expect(await web.run(stream, reset())).toEqual({
      ok: true,
      value: { position: null, streamVersion: 0 },
    });
    expect(web.stateCache.get(stream, counterAggregate.decider)?.version).toBe(0);
    await worker.run(stream, increment(3));

    const result = await web.run(stream, reset());

    expect(result).toEqual({
      ok: true,
      value: { position: expect.any(Object), streamVersion: 2 },
    });
    expect(await totalOf(stream)).toBe(0n);
  });

  it('reloads the stream when the remembered state was built on other events', async () => {
    const web = aProcess();
    const stream = counterStreamId();
    await web.run(stream, increment(7));
    // As if the database had been restored under a running process: same version, other event.
    web.stateCache.forget(stream);
    web.stateCache.remember(stream, counterAggregate.decider, {
      state: { status: 'Empty' },
      version: 1,
      lastEventId: newEvent().eventId,
      snapshotVersion: 0,
      snapshotUnusable: false,
    });

    const result = await web.run(stream, decrement(7));

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 2 }) });
    expect(await totalOf(stream)).toBe(0n);
  });

  it.each([
    ['an accepted command', increment(1)],
    ['a refused command', decrement(50)],
  ])('never carries a remembered state past an event it cannot read (%s)', async (_, command) => {
    const web = aProcess();
    const stream = counterStreamId();
    await web.run(stream, increment(2));
    await appended(store().eventStore.appendToStream(stream, 1, [newEvent('Exploded', {})]));

    await expect(web.run(stream, command)).rejects.toThrow(UndecodableEvent);

    expect(await store().countEvents(stream)).toBe(2);
    expect(web.stateCache.get(stream, counterAggregate.decider)).toBeUndefined();
    await expect(web.run(stream, increment(1))).rejects.toThrow(UndecodableEvent);
    expect(web.stateCache.size).toBe(0);
  });

  it('loses no update with 50 writers in two processes whose caches are stale', async () => {
    const writers = 50;
    const stream = counterStreamId();
    const counter = counterWithSnapshots(7);
    const [web, worker] = [aProcess({ maxAttempts: writers }), aProcess({ maxAttempts: writers })];
    // Both remember a version soon stale: every append below moves the stream past it.
    await web.run(stream, increment(1), counter);
    await worker.run(stream, increment(1), counter);

    const results = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        (index % 2 ? web : worker).run(stream, increment(index + 1), counter),
      ),
    );

    const accepted = results.flatMap((result) => (result.ok ? [result.value] : []));
    expect(accepted).toHaveLength(writers);
    const history = await store().eventStore.readStream(stream);
    expect(history.map((event) => event.streamVersion)).toEqual(
      Array.from({ length: writers + 2 }, (_, index) => index + 1),
    );
    expect(await totalOf(stream)).toBe(BigInt(2 + (writers * (writers + 1)) / 2));
    const loaded = await loadAggregate({ ...web.deps, log: logger }, counter, stream);
    expect(loaded.state).toEqual(
      fold(
        counter.decider,
        history.map((event) => counter.codec.parse(event)),
      ),
    );
  });

  it('takes snapshots that agree with a full replay', async () => {
    const { snapshot } = counterWithSnapshots(1);
    if (!snapshot) throw new Error('the counter has a snapshot policy');
    await snapshotsAgreeWithReplay(aProcess().deps, {
      aggregate: counterAggregate,
      policy: snapshot,
      command: counterCommand,
      streamId: counterStreamId,
    });
  });
});
