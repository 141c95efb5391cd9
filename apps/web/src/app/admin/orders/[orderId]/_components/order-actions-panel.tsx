'use client';

import {
  orderReasonSchema,
  orderRefSchema,
  refundOrderInputSchema,
  shipmentSchema,
} from '@shop/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PendingNotice, useAwaitedWrite, type AwaitedWrite } from '~/app/_consistency';
import type { OrderTimeline } from '~/server/trpc/routers/admin-orders/timeline.types';
import { useTRPC } from '~/trpc/react';
import styles from '../../../_components/admin.module.css';
import { CommandForm } from '../../../_components/command-form';
import {
  cancelOrderAction,
  deliverOrderAction,
  refundOrderAction,
  shipOrderAction,
} from '../actions';
import local from './detail.module.css';
import { randomUuid } from './random-uuid';

/**
 * The actions the order's status allows. The page reads the event store, so it refetches at once
 * after an action; the order list is a read model, and the notice says when it shows the change.
 */
export function OrderActionsPanel({
  order,
  refundId: firstRefundId,
}: {
  order: OrderTimeline;
  refundId: string;
}) {
  const { orderId, actions, current } = order;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [write, setWrite] = useState<AwaitedWrite | null>(null);
  // Chosen with the form, so that a resent form is the same refund, not a second one.
  const [refundId, setRefundId] = useState(firstRefundId);
  const { status } = useAwaitedWrite(write, {
    projection: 'admin-orders',
    invalidate: [trpc.adminOrders.list.queryKey()],
  });
  const then = {
    report(written: AwaitedWrite | null) {
      setWrite(written);
      setRefundId(randomUuid());
      void queryClient.invalidateQueries({
        queryKey: trpc.adminOrders.timeline.queryKey({ orderId }),
      });
    },
  };
  const none = !actions.ship && !actions.deliver && !actions.cancel && !actions.refund;
  const refundable = current.payment?.refundable;

  return (
    <section className={`card ${styles.section}`} aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <PendingNotice
        status={status}
        pending="Saved. The order list is catching up…"
        fresh="Saved. The order list shows it too."
      />
      {none && <p className="muted">Nothing more can be done with this order.</p>}
      <div className={local.actionForms}>
        {actions.ship && (
          <CommandForm
            action={shipOrderAction}
            schema={shipmentSchema}
            initial={{ orderId, carrier: '', trackingNumber: '' }}
            hidden={['orderId']}
            idPrefix="ship"
            title="Ship"
            submit="Mark as shipped"
            submitting="Shipping…"
            then={then}
          >
            {(field) => (
              <>
                <h3>Ship</h3>
                {field('carrier', 'Carrier', (control) => (
                  <input {...control} type="text" autoComplete="off" placeholder="DHL" />
                ))}
                {field('trackingNumber', 'Tracking number', (control) => (
                  <input {...control} type="text" autoComplete="off" />
                ))}
              </>
            )}
          </CommandForm>
        )}
        {actions.deliver && (
          <CommandForm
            action={deliverOrderAction}
            schema={orderRefSchema}
            initial={{ orderId }}
            hidden={['orderId']}
            idPrefix="deliver"
            title="Deliver"
            submit="Mark as delivered"
            submitting="Saving…"
            then={then}
          >
            {() => <h3>Delivered?</h3>}
          </CommandForm>
        )}
        {actions.refund && refundable && (
          <CommandForm
            action={refundOrderAction}
            schema={refundOrderInputSchema}
            initial={{ orderId, refundId, amount: '', currency: refundable.currency, reason: '' }}
            hidden={['orderId', 'refundId', 'currency']}
            idPrefix="refund"
            title="Refund"
            submit="Refund"
            submitting="Refunding…"
            resetOnSuccess
            then={then}
          >
            {(field) => (
              <>
                <h3>Refund</h3>
                {field(
                  'amount',
                  'Amount to refund',
                  (control) => (
                    <input {...control} type="text" inputMode="decimal" autoComplete="off" />
                  ),
                  `Up to ${refundable.formatted}.`,
                )}
                {field('reason', 'Reason for the refund', (control) => (
                  <input {...control} type="text" autoComplete="off" />
                ))}
              </>
            )}
          </CommandForm>
        )}
        {actions.cancel && (
          <CommandForm
            action={cancelOrderAction}
            schema={orderReasonSchema}
            initial={{ orderId, reason: '' }}
            hidden={['orderId']}
            idPrefix="cancel"
            title="Cancel"
            submit="Cancel the order"
            submitting="Cancelling…"
            tone="danger"
            then={then}
          >
            {(field) => (
              <>
                <h3>Cancel</h3>
                {field(
                  'reason',
                  'Reason for cancelling',
                  (control) => (
                    <input {...control} type="text" autoComplete="off" />
                  ),
                  'The customer sees it. Stock is released and the payment voided or refunded.',
                )}
              </>
            )}
          </CommandForm>
        )}
      </div>
    </section>
  );
}
