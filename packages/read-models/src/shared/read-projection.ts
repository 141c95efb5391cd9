import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import { withActiveGeneration } from '../runtime/active-generation';
import { readModelCheckpoint, type ReadModelCheckpoint } from './checkpoint';

/**
 * Reads a projection's live rows with the checkpoint they reflect, both in the runtime's snapshot
 * of its active generation: the checkpoint is then exactly what the rows hold, so a client told
 * "your write is at or below this checkpoint" finds it in them, and a generation swap meanwhile
 * cannot hand back the rows of a dropped generation.
 */
export function readProjection<Result extends object>(
  prisma: ReadModelsPrisma,
  projection: string,
  read: (tx: ReadModelsTransaction, generation: number) => Promise<Result>,
): Promise<Result & { checkpoint: ReadModelCheckpoint }> {
  return withActiveGeneration(prisma, projection, async (tx, { generation }) => {
    const checkpoint = await readModelCheckpoint(tx, projection);
    return { ...(await read(tx, generation)), checkpoint };
  });
}
