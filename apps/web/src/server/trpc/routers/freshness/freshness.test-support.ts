import { randomUUID } from 'node:crypto';
import type { ReadModelsPrisma } from '@shop/read-models';
import { partitionOf } from '@shop/read-models/read-side';

export interface Written {
  readonly transactionId: string;
  readonly globalPosition: bigint;
  /** `"<xid>:<position>"`, as a command returns it. */
  readonly position: string;
  readonly partition: number;
}

/** Appends one event to the log as the event store does (its own transaction), recorded `secondsAgo`. */
export async function appendEvent(
  prisma: ReadModelsPrisma,
  options: { streamId: string; secondsAgo?: number; type?: string },
): Promise<Written> {
  const [row] = await prisma.$queryRaw<{ transaction_id: string; global_position: bigint }[]>`
    INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata, recorded_at)
    VALUES (${randomUUID()}::uuid, ${options.streamId},
            coalesce((SELECT max(stream_version) FROM events WHERE stream_id = ${options.streamId}), 0) + 1,
            ${options.type ?? 'ProductAdded'}, 1, '{}'::jsonb, '{}'::jsonb,
            clock_timestamp() - make_interval(secs => ${options.secondsAgo ?? 0}))
    RETURNING transaction_id::text AS transaction_id, global_position`;
  if (!row) throw new Error('The event was not appended');
  return {
    transactionId: row.transaction_id,
    globalPosition: row.global_position,
    position: `${row.transaction_id}:${row.global_position}`,
    partition: partitionOf(options.streamId),
  };
}

/**
 * Puts a projection's partition checkpoint at `at` (null: the start of the log), as if it last moved
 * `movedSecondsAgo`.
 */
export async function setCheckpoint(
  prisma: ReadModelsPrisma,
  options: { projection: string; partition: number; at: Written | null; movedSecondsAgo?: number },
): Promise<void> {
  const transactionId = BigInt(options.at?.transactionId ?? 0);
  const globalPosition = options.at?.globalPosition ?? 0n;
  await prisma.$executeRaw`
    INSERT INTO projection_partition_checkpoints (projection, partition, transaction_id, global_position, updated_at)
    VALUES (${options.projection}, ${options.partition}, ${transactionId}, ${globalPosition},
            clock_timestamp() - make_interval(secs => ${options.movedSecondsAgo ?? 0}))
    ON CONFLICT (projection, partition) DO UPDATE
      SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position,
          updated_at = EXCLUDED.updated_at`;
}
