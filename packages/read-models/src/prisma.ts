import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from './generated/prisma/client';

/** The read models' Prisma client, talking to Postgres through `pg` (Prisma 7 has no Rust engine). */
export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type ReadModelsPrisma = ReturnType<typeof createPrismaClient>;

/** What a projection writes through: the client of the transaction that also moves its checkpoint. */
export type ReadModelsTransaction = Prisma.TransactionClient;
