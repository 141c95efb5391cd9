import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEventStream } from './event-stream';
import { createTestEventStream, type TestEventStream } from './test-support/test-event-stream';

let events: TestEventStream;

beforeAll(async () => {
  events = await createTestEventStream();
});

afterAll(async () => {
  await events?.close();
});

describe('ensureEventStream', () => {
  it('is idempotent and brings an existing stream to the requested configuration', async () => {
    const { jsm, streamName, subjectPrefix } = events;

    const again = await ensureEventStream(jsm, { streamName, subjectPrefix });
    const widened = await ensureEventStream(jsm, {
      streamName,
      subjectPrefix,
      duplicateWindowMs: 10 * 60_000,
    });

    expect(again.config).toMatchObject({
      subjects: [`${subjectPrefix}.>`],
      storage: 'file',
      duplicate_window: 120_000_000_000,
    });
    expect(widened.config.duplicate_window).toBe(600_000_000_000);
    expect((await jsm.streams.info(streamName)).config.duplicate_window).toBe(600_000_000_000);
  });
});
