'use server';

import {
  cancelOrder,
  deliverOrder,
  orderReasonSchema,
  orderRefSchema,
  orderStreamId,
  refundOrder,
  refundOrderInputSchema,
  shipmentSchema,
  shipOrder,
} from '@shop/domain';
import type { CommandActionResult } from '../../../../server/command-action';
import { runAdminCommand } from '../../_lib/admin-command';

/*
 * The order page's actions, where the order's status allows them; the domain refuses the rest.
 * The page reads the order from the event store, so it shows the change at once; the order list
 * (a read model) follows, and waits on the returned position.
 */

type Previous = CommandActionResult | null;

const orderStream = ({ orderId }: { orderId: string }) => orderStreamId(orderId);

export async function shipOrderAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    { command: 'ShipOrder', schema: shipmentSchema, streamId: orderStream, run: shipOrder },
    formData,
  );
}

export async function deliverOrderAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    { command: 'DeliverOrder', schema: orderRefSchema, streamId: orderStream, run: deliverOrder },
    formData,
  );
}

export async function cancelOrderAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    { command: 'CancelOrder', schema: orderReasonSchema, streamId: orderStream, run: cancelOrder },
    formData,
  );
}

export async function refundOrderAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    {
      command: 'RefundOrder',
      schema: refundOrderInputSchema,
      streamId: orderStream,
      run: refundOrder,
    },
    formData,
  );
}
