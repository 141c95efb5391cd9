import { z } from 'zod';
import { inventoryCommandSchema } from '../inventory/inventory.commands';
import { moneySchema } from '../shared/money';
import { orderCommandSchema } from '../order/order.commands';

/*
 * What the saga asks for, as data: the runner stores each action under its deterministic
 * `actionId` (so the same action twice is one row) and executes it later, at least once. Payment
 * calls use the action id as their idempotency key.
 */

const actionId = z.uuid();

export const commandActionSchema = z.discriminatedUnion('target', [
  z.object({
    kind: z.literal('command'),
    actionId,
    target: z.literal('order'),
    command: orderCommandSchema,
  }),
  z.object({
    kind: z.literal('command'),
    actionId,
    target: z.literal('inventory'),
    command: inventoryCommandSchema,
  }),
]);

const payment = <const Op extends string, Shape extends z.ZodRawShape>(op: Op, shape: Shape) =>
  z.object({
    kind: z.literal('payment'),
    actionId,
    op: z.literal(op),
    orderId: z.uuid(),
    ...shape,
  });

const paymentId = z.string().min(1);

export const paymentActionSchema = z.discriminatedUnion('op', [
  payment('authorize', { amount: moneySchema }),
  payment('capture', { paymentId, amount: moneySchema }),
  /**
   * Voids what was authorized under `authorizationKey` (the authorize action's id), whether or not
   * its answer ever arrived: `paymentId` is null when it did not.
   */
  payment('void', { authorizationKey: z.uuid(), paymentId: paymentId.nullable() }),
  payment('refund', { paymentId, refundId: z.uuid(), amount: moneySchema }),
]);

/** A deadline: at `dueAt` the runner feeds TimeoutElapsed back, unless it was withdrawn first. */
export const scheduleActionSchema = z.object({
  kind: z.literal('schedule'),
  actionId,
  timeout: z.literal('payment'),
  dueAt: z.iso.datetime({ offset: true }),
});

/** Withdraws an action not yet done (a deadline no longer needed, a call no longer wanted). */
export const withdrawActionSchema = z.object({ kind: z.literal('withdraw'), actionId });

export const sagaActionSchema = z.union([
  commandActionSchema,
  paymentActionSchema,
  scheduleActionSchema,
  withdrawActionSchema,
]);

export type CommandAction = z.infer<typeof commandActionSchema>;
export type PaymentAction = z.infer<typeof paymentActionSchema>;
export type ScheduleAction = z.infer<typeof scheduleActionSchema>;
export type WithdrawAction = z.infer<typeof withdrawActionSchema>;
export type SagaAction = z.infer<typeof sagaActionSchema>;
/** The actions a runner stores and executes; a withdrawal only changes stored ones. */
export type QueuedAction = Exclude<SagaAction, WithdrawAction>;
