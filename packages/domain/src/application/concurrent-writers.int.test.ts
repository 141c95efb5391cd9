import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeTestStore,
  openTestStore,
  type TestStore,
} from '../event-store/test-support/test-store';
import { testLogger } from '../event-store/test-support/fixtures';
import { fold } from '../shared/decider';
import { handleCommand } from './handle-command';
import { loadAggregate } from './load-aggregate';
import { counterWithSnapshots } from './test-support/counter';
import { increment } from './test-support/counter-commands';
import { commandContext, counterStreamId } from './test-support/context';

let t: TestStore;
const logger = testLogger();

beforeAll(async () => {
  t = await openTestStore();
});

afterAll(() => closeTestStore(t));

describe('50 concurrent writers on one stream', () => {
  it('lose no update: one event per accepted command, versions 1..N without gaps', async () => {
    const writers = 50;
    const stream = counterStreamId();
    const counter = counterWithSnapshots(7);
    const contexts = Array.from({ length: writers }, () => commandContext());
    const deps = {
      eventStore: t.eventStore,
      snapshotStore: t.snapshotStore,
      logger,
      // Each conflict means another writer's append won, and each writer wins once: 50 suffice.
      maxAttempts: writers,
    };

    const results = await Promise.all(
      contexts.map((context, index) =>
        handleCommand(deps, counter, stream, increment(index + 1), context),
      ),
    );

    const accepted = results.flatMap((result) => (result.ok ? [result.value] : []));
    const history = await t.eventStore.readStream(stream);
    expect(accepted).toHaveLength(writers);
    expect(history).toHaveLength(accepted.length);
    expect(history.map((event) => event.streamVersion)).toEqual(
      Array.from({ length: writers }, (_, index) => index + 1),
    );
    expect(accepted.map((value) => value.streamVersion).sort((a, b) => a - b)).toEqual(
      history.map((event) => event.streamVersion),
    );
    expect(new Set(history.map((event) => event.metadata.correlationId))).toEqual(
      new Set(contexts.map((context) => context.correlationId)),
    );
    const total = history.reduce((sum, event) => sum + (event.data as { by: number }).by, 0);
    expect(total).toBe((writers * (writers + 1)) / 2);

    // Snapshots taken under contention still agree with a full replay.
    const replayed = fold(
      counter.decider,
      history.map((event) => counter.codec.parse(event)),
    );
    const loaded = await loadAggregate({ ...deps, log: logger }, counter, stream);
    expect(loaded.snapshotVersion).toBeGreaterThanOrEqual(writers - 7);
    expect(loaded).toMatchObject({ state: replayed, version: writers });
  });
});
