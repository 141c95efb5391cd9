import type { LogPosition } from '@shop/domain';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';

/** How far a projection has applied the log, or null before its first event. */
export async function getProjectionCheckpoint(
  prisma: ReadModelsPrisma | ReadModelsTransaction,
  projection: string,
): Promise<LogPosition | null> {
  const row = await prisma.projectionCheckpoint.findUnique({
    where: { projection },
    select: { transactionId: true, globalPosition: true },
  });
  return row && { transactionId: row.transactionId, globalPosition: row.globalPosition };
}

/**
 * Moves the checkpoint to `position` if that is past it, and says whether it did. One statement
 * (compare and write under the row lock) rather than read-then-upsert, so two instances of the
 * same projection racing on one event cannot both see "not yet applied"; the loser blocks on the
 * row until the winner commits, then finds the position taken. Prisma cannot express a
 * conditional ON CONFLICT update, hence the tagged-template raw query.
 */
export async function advanceProjectionCheckpoint(
  tx: ReadModelsTransaction,
  projection: string,
  position: LogPosition,
): Promise<boolean> {
  const moved = await tx.$queryRaw<{ projection: string }[]>`
    INSERT INTO "projection_checkpoints" ("projection", "transaction_id", "global_position", "updated_at")
    VALUES (${projection}, ${position.transactionId}, ${position.globalPosition}, now())
    ON CONFLICT ("projection") DO UPDATE
      SET "transaction_id" = EXCLUDED."transaction_id",
          "global_position" = EXCLUDED."global_position",
          "updated_at" = EXCLUDED."updated_at"
      WHERE ("projection_checkpoints"."transaction_id", "projection_checkpoints"."global_position")
          < (EXCLUDED."transaction_id", EXCLUDED."global_position")
    RETURNING "projection"`;
  return moved.length === 1;
}
