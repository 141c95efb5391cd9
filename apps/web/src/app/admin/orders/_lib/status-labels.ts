import type { OrderStatus } from '@shop/domain';

/** How a status reads on the admin's pages, and the colour of its badge. */
export const statusLabels: Record<OrderStatus | 'Unplaced', { text: string; tone: string }> = {
  Unplaced: { text: 'Not placed', tone: 'quiet' },
  Placed: { text: 'Placed', tone: 'warn' },
  StockReserved: { text: 'Stock reserved', tone: 'warn' },
  Paid: { text: 'Paid', tone: 'warn' },
  Confirmed: { text: 'Confirmed', tone: 'info' },
  Shipped: { text: 'Shipped', tone: 'info' },
  Delivered: { text: 'Delivered', tone: 'good' },
  Cancelled: { text: 'Cancelled', tone: 'bad' },
  Refunded: { text: 'Refunded', tone: 'quiet' },
};
