import { randomUUID } from 'node:crypto';
import { addProduct, productStreamId, type CommandContext } from '@shop/domain';
import { createTestDatabase } from '@shop/migrations/testing';
import { partitionOf, productDetailProjection, type PostgresProjection } from '@shop/read-models';
import { applyEvents, recordCheckpoint } from '@shop/read-models/testing';
import type { ShopperSession } from '../../../../server/auth/guards';

/*
 * One real database for a test file, which the web app's services use: the write side, the read
 * models, the payment methods. The projectors do not run; `project` applies a stream's events to a
 * read model as they would, so a test says exactly what the read side has seen.
 */

export type ShopperWorld = Awaited<ReturnType<typeof openShopperWorld>>;

const context = (actor: string): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor,
});

/**
 * Opens the world before anything imports the web app's server modules: they read DATABASE_URL
 * once, so they are imported here, afterwards, and reached through the world.
 */
export async function openShopperWorld() {
  const database = await createTestDatabase('shop_web');
  process.env.DATABASE_URL = database.connectionString;
  process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
  const { services: servicesOf } = await import('../../../../server/services');
  const { routerCallerOf } = await import('../../../../server/trpc/test-support/router-caller');
  const services = servicesOf();
  const { commands, prisma, pool } = services;

  const world = {
    services,
    /** A signed-in shopper of their own, so tests never share a cart. */
    shopper: (): ShopperSession => ({
      role: 'shopper',
      customerId: randomUUID(),
      email: 'ada@shop.example',
      name: 'Ada Lovelace',
    }),
    /** tRPC as the browser of `session` (null: signed out) reaches it. */
    caller: (session: ShopperSession | null) => routerCallerOf(prisma)(session),
    adminContext: () => context('admin:test'),
    /** Adds a product through its command and shows it on the product page's read model. */
    async listProduct(name: string, price: string): Promise<string> {
      const added = await addProduct(
        commands,
        { name, price, currency: 'EUR' },
        context('admin:test'),
      );
      if (!added.ok) throw new Error(`Product ${name} could not be added: ${added.error.message}`);
      await world.project(productDetailProjection, productStreamId(added.value.productId));
      return added.value.productId;
    },
    async project(projection: PostgresProjection, streamId: string): Promise<void> {
      const events = await commands.eventStore.readStream(streamId);
      await applyEvents(prisma, projection, events);
      const last = events.at(-1);
      if (last) await recordCheckpoint(prisma, projection.name, partitionOf(streamId), last);
    },
    /** Every event appended anywhere, by type: what a refused request must leave unchanged. */
    async eventTypes(): Promise<string[]> {
      const { rows } = await pool.query<{ type: string }>(
        'SELECT type FROM events ORDER BY global_position',
      );
      return rows.map((row) => row.type);
    },
    async dispose(): Promise<void> {
      await pool.end();
      await prisma.$disconnect();
      await database.drop();
    },
  };
  return world;
}
