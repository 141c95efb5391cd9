import type { ReadModelsPrisma } from '../../prisma';

/** Makes `generation` the one readers of `projection` see, as the runtime's swap would. */
export async function makeGenerationLive(
  prisma: ReadModelsPrisma,
  projection: string,
  generation: number,
): Promise<void> {
  await prisma.projection.upsert({
    where: { name: projection },
    create: { name: projection, kind: 'postgres', activeGeneration: generation, ready: true },
    update: { activeGeneration: generation },
    select: { name: true },
  });
}
