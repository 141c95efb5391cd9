import 'server-only';
import { orderStreamId } from '@shop/domain';
import type { Logger } from 'pino';
import { services } from '../../../server/services';

/** Whether the event store holds an order under `orderId`, placed by anyone. */
async function orderExists(orderId: string): Promise<boolean> {
  const events = await services().commands.eventStore.readStream(orderStreamId(orderId), {
    toVersion: 1,
  });
  return events.length > 0;
}

// The payment methods' own module (@shop/payments) has no delete yet; this is the one statement.
const forgetSql = 'DELETE FROM checkout_payment_methods WHERE order_id = $1';

/**
 * Drops the card a checkout saved for an order it did not place, so a refused checkout leaves
 * nothing behind. The card is saved before the order (the saga reads it once the order is placed,
 * and the two cannot share a transaction), hence this clean-up instead. It keeps the card when an
 * order with that id exists after all (an earlier attempt placed it, or the failure came after the
 * order was written): that order's saga needs it. A failure here is logged, never shown: the
 * shopper's answer does not depend on it, and a leftover card pays for nothing.
 */
export async function forgetUnusedPaymentMethod(orderId: string, log: Logger): Promise<void> {
  try {
    if (await orderExists(orderId)) return;
    await services().pool.query(forgetSql, [orderId]);
  } catch (error) {
    log.error({ err: error, orderId }, 'unused payment method could not be dropped');
  }
}
