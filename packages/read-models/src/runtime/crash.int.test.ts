import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appliedRows, effectProblems } from '../test-support/recording-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';

const childScript = fileURLToPath(new URL('../test-support/runtime-child.ts', import.meta.url));
const projection = 'crashing';

let harness: RuntimeHarness;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  harness = await createRuntimeHarness();
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await harness?.close();
});

/** Starts a runtime process; `said(text)` resolves once it has printed `text`. */
async function startChild(hangAt: { streamId: string; version: number } | null) {
  const config = {
    connectionString: harness.db.connectionString,
    natsUrl: 'nats://127.0.0.1:4222',
    streamName: harness.streamName,
    subjectPrefix: harness.subjectPrefix,
    projection,
    category: 'crash',
    hangAt,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const said = (text: string) =>
    vi.waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`runtime child exited (${child.exitCode})`);
        expect(output).toContain(text);
      },
      { timeout: 30_000, interval: 50 },
    );
  await said('ready');
  return { child, said };
}

async function openTransactions(): Promise<number> {
  const [row] = await harness.prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM pg_stat_activity
    WHERE datname = current_database() AND state = 'idle in transaction'`;
  return row?.count ?? 0;
}

describe('a projector killed mid-batch', () => {
  it('loses and doubles nothing once restarted', async () => {
    const streams = Array.from({ length: 10 }, () => `crash-${randomUUID()}`);
    const events: RecordedEvent[] = [];
    for (const streamId of streams) events.push(...(await harness.appendMany(streamId, 40)));
    const hangAt = { streamId: streams[3] as string, version: 30 };

    const first = await startChild(hangAt);
    // Stopped inside a batch: the events before it in the batch are written, not committed.
    await first.said('hanging');
    expect(await openTransactions()).toBeGreaterThan(0);
    await vi.waitFor(
      async () => expect((await appliedRows(harness.prisma, projection)).length).toBeGreaterThan(0),
      {
        timeout: 20_000,
      },
    );
    expect((await appliedRows(harness.prisma, projection)).length).toBeLessThan(events.length);
    first.child.kill('SIGKILL');
    children.delete(first.child);

    const more: RecordedEvent[] = [];
    for (const streamId of streams) more.push(await harness.append(streamId));
    const { child: second } = await startChild(null);
    await vi.waitFor(
      async () =>
        expect(
          effectProblems(await appliedRows(harness.prisma, projection), [...events, ...more]),
        ).toEqual([]),
      { timeout: 20_000 },
    );
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));
    children.delete(second);
  });
});
