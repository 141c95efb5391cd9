import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testLogger } from '../event-store/test-support/fixtures';
import {
  closeTestStore,
  openTestStore,
  type TestStore,
} from '../event-store/test-support/test-store';
import { handleCommand } from './handle-command';
import { captureLogger } from './test-support/capture-logger';
import {
  counterAggregate,
  counterWithSnapshots,
  type CounterCommand,
} from './test-support/counter';
import { increment } from './test-support/counter-commands';
import { commandContext, counterStreamId } from './test-support/context';

let t: TestStore;

beforeAll(async () => {
  t = await openTestStore();
});

afterAll(() => closeTestStore(t));

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('a malformed command', () => {
  it.each([
    [
      'a negative amount',
      { type: 'Increment', data: { by: -1, label: 'red', at: '2026-11-23T10:00:00Z' } },
      'data.by',
    ],
    [
      'a missing field',
      { type: 'Increment', data: { by: 1, at: '2026-11-23T10:00:00Z' } },
      'data.label',
    ],
    ['an unknown command type', { type: 'Explode', data: {} }, 'type'],
  ])('with %s is refused before anything is read', async (_, command, field) => {
    const stream = counterStreamId();
    const readStream = vi.spyOn(t.eventStore, 'readStream');
    const snapshotLoad = vi.spyOn(t.snapshotStore, 'load');
    try {
      const result = await handleCommand(
        { eventStore: t.eventStore, snapshotStore: t.snapshotStore, logger: testLogger() },
        counterWithSnapshots(1),
        stream,
        command as CounterCommand,
        commandContext(),
      );

      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({
          kind: 'ValidationFailed',
          fieldErrors: expect.objectContaining({ [field]: expect.any(Array) }),
        }),
      });
      expect(readStream).not.toHaveBeenCalled();
      expect(snapshotLoad).not.toHaveBeenCalled();
    } finally {
      readStream.mockRestore();
      snapshotLoad.mockRestore();
    }
    expect(await t.countEvents(stream)).toBe(0);
  });

  it('with a context that is not one is refused too', async () => {
    const stream = counterStreamId();
    const result = await handleCommand(
      { eventStore: t.eventStore, logger: testLogger() },
      counterAggregate,
      stream,
      increment(),
      commandContext({ correlationId: 'not-a-uuid', actor: '' }),
    );

    expect(!result.ok && result.error).toMatchObject({
      kind: 'ValidationFailed',
      fieldErrors: {
        'context.correlationId': [expect.any(String)],
        'context.actor': [expect.any(String)],
      },
    });
    expect(await t.countEvents(stream)).toBe(0);
  });
});

describe('a decider that emits an event its codec cannot read back', () => {
  it('fails the command and writes nothing', async () => {
    const stream = counterStreamId();
    // Without its command schema the counter lets an amount through that its event refuses.
    const unchecked = { ...counterAggregate, commandSchema: undefined };

    await expect(
      handleCommand(
        { eventStore: t.eventStore, logger: testLogger() },
        unchecked,
        stream,
        increment(5_000),
        commandContext(),
      ),
    ).rejects.toThrow(/The decider emitted an invalid Incremented/);

    expect(await t.countEvents(stream)).toBe(0);
  });
});

describe('trace context and logs', () => {
  it('keeps a valid traceparent in every event it appends', async () => {
    const stream = counterStreamId();
    const context = commandContext({ traceparent });

    await handleCommand(
      { eventStore: t.eventStore, logger: testLogger() },
      counterAggregate,
      stream,
      increment(),
      context,
    );

    const [event] = await t.eventStore.readStream(stream);
    expect(event?.metadata).toEqual({
      correlationId: context.correlationId,
      causationId: context.commandId,
      actor: 'admin',
      traceparent,
    });
  });

  it('drops a malformed traceparent with a warning and still runs the command', async () => {
    const stream = counterStreamId();
    const { logger, lines } = captureLogger();

    const result = await handleCommand(
      { eventStore: t.eventStore, logger },
      counterAggregate,
      stream,
      increment(),
      commandContext({ traceparent: 'not-a-trace' }),
    );

    expect(result.ok).toBe(true);
    const [event] = await t.eventStore.readStream(stream);
    expect(event?.metadata).not.toHaveProperty('traceparent');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'malformed traceparent dropped' }));
  });

  it('puts the correlation id on every line, whatever the outcome', async () => {
    const stream = counterStreamId();
    const { logger, lines } = captureLogger();
    const deps = { eventStore: t.eventStore, snapshotStore: t.snapshotStore, logger };
    const counter = counterWithSnapshots(1);
    const contexts = [commandContext(), commandContext(), commandContext()];

    await handleCommand(deps, counter, stream, increment(), contexts[0] ?? commandContext());
    const refused: CounterCommand = {
      type: 'Decrement',
      data: { by: 9, label: 'red', at: '2026-11-23T10:00:00Z' },
    };
    await handleCommand(deps, counter, stream, refused, contexts[1] ?? commandContext());
    await handleCommand(
      deps,
      counter,
      stream,
      { type: 'Increment', data: { by: -1 } } as never,
      contexts[2] ?? commandContext(),
    );

    expect(lines.length).toBeGreaterThanOrEqual(4);
    const correlationIds = new Set(contexts.map((context) => context.correlationId));
    for (const line of lines) expect(correlationIds).toContain(line.correlationId);
  });
});
