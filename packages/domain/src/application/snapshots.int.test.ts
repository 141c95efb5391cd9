import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SnapshotStore } from '../event-store/port';
import { testLogger } from '../event-store/test-support/fixtures';
import {
  closeTestStore,
  openTestStore,
  type TestStore,
} from '../event-store/test-support/test-store';
import { fold } from '../shared/decider';
import { handleCommand, type CommandHandlerDeps } from './handle-command';
import { captureLogger } from './test-support/capture-logger';
import {
  counterAggregate,
  counterSnapshotSchema,
  counterWithSnapshots,
  type CounterCommand,
} from './test-support/counter';
import { counterCommand, decrement, increment } from './test-support/counter-commands';
import { commandContext, counterStreamId } from './test-support/context';
import { snapshotsAgreeWithReplay } from './test-support/snapshot-property';

let t: TestStore;
let deps: CommandHandlerDeps;
const logger = testLogger();

beforeAll(async () => {
  t = await openTestStore();
  deps = { eventStore: t.eventStore, snapshotStore: t.snapshotStore, logger };
});

afterAll(() => closeTestStore(t));

type Counter = ReturnType<typeof counterWithSnapshots>;

const run = async (counter: Counter, stream: string, commands: CounterCommand[], using = deps) => {
  for (const command of commands)
    await handleCommand(using, counter, stream, command, commandContext());
};

const replay = async (counter: Counter, stream: string) =>
  fold(
    counter.decider,
    (await t.eventStore.readStream(stream)).map((event) => counter.codec.parse(event)),
  );

describe('snapshots in handleCommand', () => {
  it('are taken every N events and then only the tail is read', async () => {
    const stream = counterStreamId();
    const counter = counterWithSnapshots(3);
    await run(
      counter,
      stream,
      Array.from({ length: 7 }, () => increment()),
    );

    const snapshot = await t.snapshotStore.load(stream);
    expect(snapshot).toMatchObject({ streamVersion: 6, schemaVersion: 1 });
    expect(counter.snapshot?.schema.parse(snapshot?.state)).toEqual(
      fold(
        counter.decider,
        (await t.eventStore.readStream(stream, { toVersion: 6 })).map((e) =>
          counter.codec.parse(e),
        ),
      ),
    );

    const readStream = vi.spyOn(t.eventStore, 'readStream');
    try {
      await run(counter, stream, [increment()]);
      expect(readStream.mock.calls).toEqual([[stream, { fromVersion: 6 }]]);
    } finally {
      readStream.mockRestore();
    }
    expect(await t.snapshotStore.load(stream)).toMatchObject({ streamVersion: 6 });
    await run(counter, stream, [increment()]);
    expect(await t.snapshotStore.load(stream)).toMatchObject({ streamVersion: 9 });
  });

  it('ignores a snapshot of an older schema version, rebuilds from the stream and overwrites it', async () => {
    const stream = counterStreamId();
    await run(counterWithSnapshots(1, 1), stream, [increment(1), increment(2)]);
    // A v1 snapshot that lies: were it used, Decrement(500) would pass.
    await t.snapshotStore.save({
      streamId: stream,
      streamVersion: 2,
      schemaVersion: 1,
      state: {
        status: 'Counting',
        total: '999',
        byLabel: [['red', 999]],
        lastChangedAt: '2026-11-23T10:00:00Z',
      },
    });
    const counterV2 = counterWithSnapshots(100, 2);

    const refused = await handleCommand(deps, counterV2, stream, decrement(500), commandContext());

    expect(!refused.ok && refused.error).toMatchObject({ code: 'CounterWouldGoNegative' });
    const rebuilt = await t.snapshotStore.load(stream);
    expect(rebuilt).toMatchObject({ streamVersion: 2, schemaVersion: 2 });
    expect(counterV2.snapshot?.schema.parse(rebuilt?.state)).toEqual(
      await replay(counterV2, stream),
    );
    expect(await t.countEvents(stream)).toBe(2);
  });

  it('ignores a snapshot of the current version whose state does not parse', async () => {
    const stream = counterStreamId();
    const counter = counterWithSnapshots(2);
    await run(counter, stream, [increment(1), increment(2)]);
    await t.pool.query(
      `UPDATE snapshots SET state = '{"status":"Counting"}' WHERE stream_id = $1`,
      [stream],
    );

    await run(counter, stream, [increment(3)]);

    const rebuilt = await t.snapshotStore.load(stream);
    expect(rebuilt?.streamVersion).toBe(3);
    expect(counter.snapshot?.schema.parse(rebuilt?.state)).toEqual(await replay(counter, stream));
  });

  it('ignores a snapshot past the end of the stream', async () => {
    const stream = counterStreamId();
    const counter = counterWithSnapshots(5);
    await run(counter, stream, [increment(1)]);
    await t.snapshotStore.save({
      streamId: stream,
      streamVersion: 40,
      schemaVersion: 1,
      state: { status: 'Empty' },
    });

    const result = await handleCommand(deps, counter, stream, increment(1), commandContext());

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 2 }) });
  });

  it('never fails a command because a snapshot cannot be saved or loaded', async () => {
    const stream = counterStreamId();
    const { logger: captured, lines } = captureLogger();
    const broken: SnapshotStore = {
      load: () => Promise.reject(new Error('snapshot table gone')),
      save: () => Promise.reject(new Error('snapshot table gone')),
    };
    const context = commandContext();

    const result = await handleCommand(
      { eventStore: t.eventStore, snapshotStore: broken, logger: captured },
      counterWithSnapshots(1),
      stream,
      increment(),
      context,
    );

    expect(result.ok).toBe(true);
    expect(await t.countEvents(stream)).toBe(1);
    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: 'snapshot not saved; the command stands',
        correlationId: context.correlationId,
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'snapshot could not be loaded; replaying the stream' }),
    );
  });
});

describe('snapshot + tail against a full replay (property)', () => {
  it('agree for any counter command sequence and any snapshot interval', async () => {
    await snapshotsAgreeWithReplay(deps, {
      aggregate: counterAggregate,
      policy: { schemaVersion: 1, schema: counterSnapshotSchema },
      command: counterCommand,
      streamId: counterStreamId,
    });
  });
});
