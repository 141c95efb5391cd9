import {
  customerEventCodec,
  customerStreamCategory,
  orderStreamCategory,
  type RecordedEvent,
} from '@shop/domain';
import type { ReadModelsTransaction } from '../prisma';
import type { PostgresProjection } from '../runtime/projection';
import { applyToRow } from '../shared/apply-to-row';
import { lockEntity } from '../shared/entity-lock';
import { MalformedEvent } from '../shared/malformed-event';
import { orderEventTypes } from '../shared/order-summary';
import { categoryOf, entityIdOf } from '../shared/stream-id';
import { evolveAdminCustomer } from './admin-customer.projection';
import { evolveAdminOrder, labelOrder } from './admin-order.projection';
import {
  loadAdminCustomer,
  loadAdminOrder,
  saveAdminCustomer,
  saveAdminOrder,
} from './admin-orders.tables';

export const adminOrdersProjectionName = 'admin-orders';

const customerEventTypes = customerEventCodec.definitions.map((definition) => definition.type);

// An order's customer is applied by another partition at the same time: both sides take the
// customer's lock before they read what the other writes (see shared/entity-lock.ts).
const lockCustomer = (tx: ReadModelsTransaction, generation: number, customerId: string) =>
  lockEntity(tx, adminOrdersProjectionName, generation, `customer-${customerId}`);

async function applyOrderEvent(
  tx: ReadModelsTransaction,
  event: RecordedEvent,
  generation: number,
) {
  const orderId = entityIdOf(event, orderStreamCategory);
  const current = await loadAdminOrder(tx, generation, orderId);
  const next = evolveAdminOrder(current, event);
  if (next === current) return;
  if (current || next.customerId === null) return saveAdminOrder(tx, generation, next);
  await lockCustomer(tx, generation, next.customerId);
  const customer = await loadAdminCustomer(tx, generation, next.customerId);
  await saveAdminOrder(tx, generation, labelOrder(next, customer));
}

async function applyCustomerEvent(
  tx: ReadModelsTransaction,
  event: RecordedEvent,
  generation: number,
) {
  const customerId = entityIdOf(event, customerStreamCategory);
  await lockCustomer(tx, generation, customerId);
  await applyToRow(event, {
    load: () => loadAdminCustomer(tx, generation, customerId),
    evolve: evolveAdminCustomer,
    save: (customer) => saveAdminCustomer(tx, generation, customer),
  });
}

/** The back office's order list: order events, labelled with customer events. */
export const adminOrdersProjection: PostgresProjection = {
  kind: 'postgres',
  name: adminOrdersProjectionName,
  categories: [orderStreamCategory, customerStreamCategory],
  handles: [...orderEventTypes, ...customerEventTypes],
  async apply(tx, event, { generation }) {
    switch (categoryOf(event.streamId)) {
      case orderStreamCategory:
        return applyOrderEvent(tx, event, generation);
      case customerStreamCategory:
        return applyCustomerEvent(tx, event, generation);
      default:
        throw new MalformedEvent(event, 'is neither an order nor a customer event');
    }
  },
  async dropGeneration(tx, generation) {
    await tx.adminOrder.deleteMany({ where: { generation } });
    await tx.adminOrderCustomer.deleteMany({ where: { generation } });
  },
};
