import { randomUUID } from 'node:crypto';
import { productStreamId } from '@shop/domain';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { createPrismaClient, type ReadModelsPrisma } from '@shop/read-models';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createCheckpointWatch,
  type CheckpointWatch,
} from '../../../../server/trpc/routers/freshness/checkpoint-watch';
import {
  appendEvent,
  setCheckpoint,
  type Written,
} from '../../../../server/trpc/routers/freshness/freshness.test-support';
import { freshnessStream } from './freshness-stream';

vi.mock('server-only', () => ({}));

let database: TestDatabase;
let prisma: ReadModelsPrisma;
let watch: CheckpointWatch;

beforeAll(async () => {
  database = await createTestDatabase('shop_web_sse');
  prisma = createPrismaClient(database.connectionString);
  watch = createCheckpointWatch(prisma, { intervalMs: 20 });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

interface ServerEvent {
  readonly event: string;
  readonly data: { reached: boolean; partition: number | null; checkpoint: string | null };
}

/** Reads server-sent events off a response body as they arrive. */
function eventReader(response: Response) {
  if (!response.body) throw new Error('The response has no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    /** The next event, or null once the stream has ended. */
    async next(): Promise<ServerEvent | null> {
      for (;;) {
        const boundary = buffer.indexOf('\n\n');
        if (boundary >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2);
          const event = field('event');
          const data = field('data');
          if (event && data) return { event, data: JSON.parse(data) as ServerEvent['data'] };
          continue;
        }
        const chunk = await reader.read();
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
  };
}

const streamRequest = (query: Record<string, string>, signal?: AbortSignal) =>
  new Request(`http://shop.test/api/freshness/stream?${new URLSearchParams(query).toString()}`, {
    signal: signal ?? null,
  });

async function write(): Promise<{ streamId: string; written: Written }> {
  const streamId = productStreamId(randomUUID());
  return { streamId, written: await appendEvent(prisma, { streamId }) };
}

describe('GET /api/freshness/stream', () => {
  it('reports the checkpoint while waiting, then `reached` once it passes the write, and ends', async () => {
    const { streamId, written } = await write();
    const response = freshnessStream(
      streamRequest({ projection: 'catalog', streamId, position: written.position }),
      { watch, heartbeatMs: 50 },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toContain('no-transform');
    const events = eventReader(response);

    expect(await events.next()).toEqual({
      event: 'waiting',
      data: { reached: false, partition: written.partition, checkpoint: null },
    });
    // The heartbeat repeats the state while nothing moves.
    expect((await events.next())?.event).toBe('waiting');

    await setCheckpoint(prisma, {
      projection: 'catalog',
      partition: written.partition,
      at: written,
    });
    let next = await events.next();
    while (next?.event === 'waiting') next = await events.next();
    expect(next).toEqual({
      event: 'reached',
      data: { reached: true, partition: written.partition, checkpoint: written.position },
    });
    expect(await events.next()).toBeNull();
    await vi.waitFor(() => expect(watch.listenerCount()).toBe(0));
  });

  it('answers `reached` at once for a write already applied', async () => {
    const { streamId, written } = await write();
    await setCheckpoint(prisma, {
      projection: 'product-detail',
      partition: written.partition,
      at: written,
    });
    const events = eventReader(
      freshnessStream(
        streamRequest({ projection: 'product-detail', streamId, position: written.position }),
        { watch },
      ),
    );
    expect((await events.next())?.event).toBe('reached');
    expect(await events.next()).toBeNull();
  });

  it('stops reading checkpoints when the browser goes away', async () => {
    const { streamId, written } = await write();
    const browser = new AbortController();
    const events = eventReader(
      freshnessStream(
        streamRequest({ projection: 'cart', streamId, position: written.position }, browser.signal),
        { watch },
      ),
    );
    expect((await events.next())?.event).toBe('waiting');
    expect(watch.listenerCount()).toBe(1);
    browser.abort();
    expect(await events.next()).toBeNull();
    expect(watch.listenerCount()).toBe(0);
  });

  it('ends after its longest duration, for the browser to reconnect', async () => {
    const { streamId, written } = await write();
    const events = eventReader(
      freshnessStream(streamRequest({ projection: 'cart', streamId, position: written.position }), {
        watch,
        maxDurationMs: 100,
      }),
    );
    expect((await events.next())?.event).toBe('waiting');
    expect(await events.next()).toBeNull();
    expect(watch.listenerCount()).toBe(0);
  });

  it('refuses a request that does not name a write to wait for, with a clear message', async () => {
    const streamId = productStreamId(randomUUID());
    const cases: Record<string, string>[] = [
      { projection: 'catalog', streamId },
      { projection: 'catalog', streamId, position: '1:2; drop table events' },
      { projection: 'orders_secret', streamId, position: '1:2' },
      { projection: 'catalog', streamId: 'x'.repeat(201), position: '1:2' },
    ];
    for (const query of cases) {
      const response = freshnessStream(streamRequest(query), { watch });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { message: string; issues: unknown };
      expect(body.message).toBe('This is not a write to wait for.');
      expect(body.issues).toBeTruthy();
    }
    expect(watch.listenerCount()).toBe(0);
  });
});
