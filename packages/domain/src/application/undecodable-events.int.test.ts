import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appended, newEvent } from '../event-store/test-support/fixtures';
import {
  closeTestStore,
  openTestStore,
  type TestStore,
} from '../event-store/test-support/test-store';
import { eventCodec } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';
import { UndecodableEvent, type UndecodableReason } from '../shared/undecodable-event';
import { handleCommand } from './handle-command';
import { captureLogger } from './test-support/capture-logger';
import { counterWithSnapshots, decremented, counterReset } from './test-support/counter';
import { increment } from './test-support/counter-commands';
import { commandContext, counterStreamId } from './test-support/context';

let t: TestStore;

beforeAll(async () => {
  t = await openTestStore();
});

afterAll(() => closeTestStore(t));

const stored = (type: string, schemaVersion: number, data: unknown) => ({
  ...newEvent(type, data),
  schemaVersion,
});

const goodIncrement = () =>
  stored('Incremented', 2, { by: 1, label: 'red', at: '2026-11-23T10:00:00Z' });

// The counter as a deployment whose upcaster from v1 throws.
const v1 = z.object({ by: z.number(), label: z.string() });
const brokenIncremented = defineEvent('Incremented', v1).evolve(
  v1.extend({ at: z.string() }),
  () => {
    throw new Error('upcaster bug');
  },
);
const counter = counterWithSnapshots(1);
const brokenCounter = {
  ...counter,
  codec: eventCodec([brokenIncremented, decremented, counterReset]),
} as typeof counter;

describe('a stream holding an event this code cannot read', () => {
  it.each<[UndecodableReason, ReturnType<typeof stored>, typeof counter]>([
    ['UnknownType', stored('Exploded', 1, {}), counter],
    ['UnknownVersion', stored('Incremented', 7, { by: 1 }), counter],
    ['InvalidPayload', stored('Incremented', 2, { by: 'one', label: 'red', at: 'now' }), counter],
    ['UpcasterFailed', stored('Incremented', 1, { by: 1, label: 'red' }), brokenCounter],
  ])(
    'fails the command with %s, naming stream and position, and writes nothing',
    async (reason, bad, aggregate) => {
      const stream = counterStreamId();
      const { events } = await appended(
        t.eventStore.appendToStream(stream, 'no_stream', [goodIncrement(), bad]),
      );
      const badEvent = events[1];
      const { logger, lines } = captureLogger();
      const context = commandContext();

      const handled = handleCommand(
        { eventStore: t.eventStore, snapshotStore: t.snapshotStore, logger },
        aggregate,
        stream,
        increment(),
        context,
      );

      await expect(handled).rejects.toThrow(UndecodableEvent);
      await expect(handled).rejects.toMatchObject({
        reason,
        event: { streamId: stream, streamVersion: 2, globalPosition: badEvent?.globalPosition },
        message: expect.stringContaining(
          `in stream ${stream} at version 2 (global position ${badEvent?.globalPosition})`,
        ),
      });
      expect(await t.countEvents(stream)).toBe(2);
      expect(await t.countSnapshots(stream)).toBe(0);
      expect(lines).toContainEqual(
        expect.objectContaining({ msg: 'command failed', correlationId: context.correlationId }),
      );
    },
  );

  it('reads an older version through its upcaster', async () => {
    const stream = counterStreamId();
    await appended(
      t.eventStore.appendToStream(stream, 'no_stream', [
        stored('Incremented', 1, { by: 3, label: 'red' }),
      ]),
    );

    const result = await handleCommand(
      { eventStore: t.eventStore, logger: captureLogger().logger },
      counter,
      stream,
      { type: 'Decrement', data: { by: 3, label: 'red', at: '2026-11-23T10:00:00Z' } },
      commandContext(),
    );

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ streamVersion: 2 }) });
  });
});
