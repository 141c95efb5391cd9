import type { Prisma } from '../generated/prisma/client';
import type { ReadModelsTransaction } from '../prisma';
import {
  orderSummaryFromColumns,
  orderSummarySelect,
  orderSummaryToColumns,
} from '../shared/order-summary-columns';
import type { AdminCustomerRow } from './admin-customer.projection';
import type { AdminOrderRow } from './admin-order.projection';

export const adminOrderSelect = {
  ...orderSummarySelect,
  customerEmail: true,
  customerName: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.AdminOrderSelect;

export function adminOrderFromColumns(
  columns: Prisma.AdminOrderGetPayload<{ select: typeof adminOrderSelect }>,
): AdminOrderRow {
  const { customerEmail, customerName, version, updatedAt } = columns;
  return { ...orderSummaryFromColumns(columns), customerEmail, customerName, version, updatedAt };
}

export async function loadAdminOrder(
  tx: ReadModelsTransaction,
  generation: number,
  orderId: string,
): Promise<AdminOrderRow | null> {
  const columns = await tx.adminOrder.findUnique({
    where: { generation_orderId: { generation, orderId } },
    select: adminOrderSelect,
  });
  return columns && adminOrderFromColumns(columns);
}

/**
 * The customer labels are written when the row is created and by customer events only: an order
 * event's update leaves them alone, so it cannot put back a label older than the customer's.
 */
export async function saveAdminOrder(
  tx: ReadModelsTransaction,
  generation: number,
  row: AdminOrderRow,
): Promise<void> {
  const columns = { ...orderSummaryToColumns(row), version: row.version, updatedAt: row.updatedAt };
  const labels = { customerEmail: row.customerEmail, customerName: row.customerName };
  await tx.adminOrder.upsert({
    where: { generation_orderId: { generation, orderId: row.orderId } },
    create: { generation, ...columns, ...labels },
    update: columns,
    select: { orderId: true },
  });
}

export async function loadAdminCustomer(
  tx: ReadModelsTransaction,
  generation: number,
  customerId: string,
): Promise<AdminCustomerRow | null> {
  return tx.adminOrderCustomer.findUnique({
    where: { generation_customerId: { generation, customerId } },
    select: { customerId: true, email: true, name: true, version: true, updatedAt: true },
  });
}

/** The customer, and the labels of every order of theirs this generation holds. */
export async function saveAdminCustomer(
  tx: ReadModelsTransaction,
  generation: number,
  customer: AdminCustomerRow,
): Promise<void> {
  await tx.adminOrderCustomer.upsert({
    where: { generation_customerId: { generation, customerId: customer.customerId } },
    create: { generation, ...customer },
    update: customer,
    select: { customerId: true },
  });
  await tx.adminOrder.updateMany({
    where: { generation, customerId: customer.customerId },
    data: { customerEmail: customer.email, customerName: customer.name },
  });
}
