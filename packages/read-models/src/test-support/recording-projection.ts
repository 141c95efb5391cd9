import { setTimeout as delay } from 'node:timers/promises';
import type { RecordedEvent } from '@shop/domain';
import type { Db } from '../runtime/db';
import type { PostgresProjection } from '../runtime/projection';

/** The table recording projections write: one row per apply, in apply order (seq). */
export const createRecordingTable = `
  CREATE TABLE IF NOT EXISTS runtime_test_applied (
    seq bigserial PRIMARY KEY,
    projection text NOT NULL,
    generation int NOT NULL,
    event_id uuid NOT NULL,
    stream_id text NOT NULL,
    stream_version int NOT NULL
  )`;

export interface RecordingOptions {
  readonly name: string;
  readonly categories: readonly string[];
  /** Defaults to every type the tests append. */
  readonly handles?: readonly string[];
  /** Throws for the events it returns true for (a bug in the projection, as far as the runtime knows). */
  readonly fails?: (event: RecordedEvent) => boolean;
  /** Slows every apply down, so a test can act in the middle of a batch. */
  readonly applyDelayMs?: number;
  /** Also offers applyBatch: one statement per batch, refused whole if any event fails. */
  readonly batched?: boolean;
}

export const recordedTypes = ['Happened', 'Poisoned'];

/**
 * A Postgres projection that records each apply with its generation: a test reads back exactly
 * what was applied, how often, and in which order.
 */
export function recordingProjection(options: RecordingOptions): PostgresProjection {
  return {
    kind: 'postgres',
    name: options.name,
    categories: options.categories,
    handles: options.handles ?? recordedTypes,
    async apply(tx, event, { generation }) {
      if (options.fails?.(event)) throw new Error(`refused ${event.type} ${event.eventId}`);
      if (options.applyDelayMs) await delay(options.applyDelayMs);
      await tx.$executeRaw`
        INSERT INTO runtime_test_applied (projection, generation, event_id, stream_id, stream_version)
        VALUES (${options.name}, ${generation}, ${event.eventId}::uuid, ${event.streamId}, ${event.streamVersion})`;
    },
    ...(options.batched && {
      async applyBatch(tx, events, { generation }) {
        const failing = events.find((event) => options.fails?.(event));
        if (failing) throw new Error(`refused a batch with ${failing.type} ${failing.eventId}`);
        await tx.$executeRaw`
          INSERT INTO runtime_test_applied (projection, generation, event_id, stream_id, stream_version)
          SELECT ${options.name}, ${generation}, e.id, e.stream, e.version
          FROM unnest(${events.map((e) => e.eventId)}::uuid[], ${events.map((e) => e.streamId)}::text[],
                      ${events.map((e) => e.streamVersion)}::int[]) WITH ORDINALITY AS e(id, stream, version, n)
          ORDER BY e.n`;
      },
    }),
    async dropGeneration(tx, generation) {
      await tx.$executeRaw`
        DELETE FROM runtime_test_applied WHERE projection = ${options.name} AND generation = ${generation}`;
    },
  };
}

export interface AppliedRow {
  seq: bigint;
  generation: number;
  event_id: string;
  stream_id: string;
  stream_version: number;
}

export function appliedRows(
  db: Db,
  projection: string,
  generation?: number,
): Promise<AppliedRow[]> {
  return db.$queryRaw<AppliedRow[]>`
    SELECT seq, generation, event_id::text AS event_id, stream_id, stream_version
    FROM runtime_test_applied
    WHERE projection = ${projection} AND (${generation ?? null}::int IS NULL OR generation = ${generation ?? null}::int)
    ORDER BY seq`;
}

/**
 * What went wrong with `rows` as the effect of `events`, one line each: an event applied twice, or
 * not at all, or a stream applied out of version order. Empty when every event took effect once, in
 * order per stream.
 */
export function effectProblems(
  rows: readonly AppliedRow[],
  events: readonly RecordedEvent[],
): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.event_id, (counts.get(row.event_id) ?? 0) + 1);
  for (const event of events) {
    const count = counts.get(event.eventId) ?? 0;
    if (count !== 1)
      problems.push(`${event.streamId} v${event.streamVersion} applied ${count} times`);
  }
  const expected = new Set(events.map((event) => event.eventId));
  for (const row of rows)
    if (!expected.has(row.event_id)) problems.push(`unexpected ${row.event_id}`);
  const lastVersion = new Map<string, number>();
  for (const row of rows) {
    const previous = lastVersion.get(row.stream_id) ?? 0;
    if (row.stream_version <= previous) {
      problems.push(`${row.stream_id} v${row.stream_version} applied after v${previous}`);
    }
    lastVersion.set(row.stream_id, row.stream_version);
  }
  return problems;
}
