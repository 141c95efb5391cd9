import { orderStreamCategory, recordedLineItemSchema } from '@shop/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { PostgresProjection } from '../runtime/projection';
import {
  orderSummaryFromColumns,
  orderSummarySelect,
  orderSummaryToColumns,
} from '../shared/order-summary-columns';
import { orderEventTypes } from '../shared/order-summary';
import type { RowTable } from '../shared/row-table';
import { streamRowProjection } from '../shared/stream-row-projection';
import { parseColumn } from '../shared/stored-row';
import { evolveCustomerOrder, type CustomerOrderRow } from './customer-order.projection';

export const customerOrdersProjectionName = 'customer-orders';

export const customerOrderSelect = {
  ...orderSummarySelect,
  lines: true,
  carrier: true,
  trackingNumber: true,
  cancellationReason: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.CustomerOrderSelect;

const linesSchema = z.array(recordedLineItemSchema);

export function customerOrderFromColumns(
  columns: Prisma.CustomerOrderGetPayload<{ select: typeof customerOrderSelect }>,
): CustomerOrderRow {
  const { carrier, trackingNumber, cancellationReason, version, updatedAt } = columns;
  return {
    ...orderSummaryFromColumns(columns),
    lines: parseColumn(linesSchema, columns.lines, 'customer_orders.lines'),
    carrier,
    trackingNumber,
    cancellationReason,
    version,
    updatedAt,
  };
}

const toColumns = (row: CustomerOrderRow) => ({
  ...orderSummaryToColumns(row),
  lines: [...row.lines],
  carrier: row.carrier,
  trackingNumber: row.trackingNumber,
  cancellationReason: row.cancellationReason,
  version: row.version,
  updatedAt: row.updatedAt,
});

const customerOrderTable: RowTable<CustomerOrderRow> = {
  async load(tx, generation, orderId) {
    const columns = await tx.customerOrder.findUnique({
      where: { generation_orderId: { generation, orderId } },
      select: customerOrderSelect,
    });
    return columns && customerOrderFromColumns(columns);
  },
  async save(tx, generation, row) {
    const columns = toColumns(row);
    await tx.customerOrder.upsert({
      where: { generation_orderId: { generation, orderId: row.orderId } },
      create: { generation, ...columns },
      update: columns,
      select: { orderId: true },
    });
  },
  async dropGeneration(tx, generation) {
    await tx.customerOrder.deleteMany({ where: { generation } });
  },
};

/** Each shopper's orders, fed by order events (OrderPlaced names the customer). */
export const customerOrdersProjection: PostgresProjection = streamRowProjection({
  name: customerOrdersProjectionName,
  category: orderStreamCategory,
  handles: orderEventTypes,
  evolve: evolveCustomerOrder,
  table: customerOrderTable,
});
