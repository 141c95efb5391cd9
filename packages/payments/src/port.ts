import { z } from 'zod';

/*
 * The payment gateway port: what the order saga needs of a card payment provider. Every call
 * carries an idempotency key; a provider (or its adapter) must answer a repeated key with the
 * first call's outcome and never act twice on it. A call that throws or does not answer before
 * the caller's signal aborts it has an unknown outcome: the caller retries with the same key.
 */

export const paymentMoneySchema = z.object({
  amountMinor: z.number().int().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

const idempotencyKey = z.string().min(1).max(255);
const paymentId = z.string().min(1);
const reason = z.string().min(1);

export const authorizeRequestSchema = z.object({
  idempotencyKey,
  orderId: z.uuid(),
  amount: paymentMoneySchema,
  /** What the checkout stored for the order (see payment-methods.ts); never a card number. */
  cardToken: z.string().min(1),
});

export const captureRequestSchema = z.object({
  idempotencyKey,
  orderId: z.uuid(),
  paymentId,
  amount: paymentMoneySchema,
});

/**
 * Voids whatever was authorized under `authorizationKey`, also an authorization still in flight:
 * once voided, no authorization under that key may succeed any more.
 */
export const voidRequestSchema = z.object({
  idempotencyKey,
  orderId: z.uuid(),
  authorizationKey: idempotencyKey,
  paymentId: paymentId.nullable(),
});

export const refundRequestSchema = z.object({
  idempotencyKey,
  orderId: z.uuid(),
  paymentId,
  amount: paymentMoneySchema,
});

/** Worth another try with the same key (the provider is busy, or a network blip). */
const transient = z.object({ outcome: z.literal('transient'), reason });
/** Refused for good: trying again will not help. */
const rejected = z.object({ outcome: z.literal('rejected'), reason });

export const authorizeResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('authorized'), paymentId }),
  z.object({ outcome: z.literal('declined'), reason }),
  transient,
]);
export const captureResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('captured'), paymentId }),
  rejected,
  transient,
]);
export const voidResultSchema = z.discriminatedUnion('outcome', [
  /** `paymentId`: the authorization voided; null when none had been made under the key. */
  z.object({ outcome: z.literal('voided'), paymentId: paymentId.nullable() }),
  rejected,
  transient,
]);
export const refundResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('refunded'), paymentId }),
  rejected,
  transient,
]);

export type PaymentMoney = z.infer<typeof paymentMoneySchema>;
export type AuthorizeRequest = z.infer<typeof authorizeRequestSchema>;
export type CaptureRequest = z.infer<typeof captureRequestSchema>;
export type VoidRequest = z.infer<typeof voidRequestSchema>;
export type RefundRequest = z.infer<typeof refundRequestSchema>;
export type AuthorizeResult = z.infer<typeof authorizeResultSchema>;
export type CaptureResult = z.infer<typeof captureResultSchema>;
export type VoidResult = z.infer<typeof voidResultSchema>;
export type RefundResult = z.infer<typeof refundResultSchema>;

export interface CallOptions {
  /** Aborts a call that takes too long; its outcome is then unknown (retry with the same key). */
  readonly signal?: AbortSignal;
}

export interface PaymentGateway {
  /** Shown in logs and stored with the order's payment method. */
  readonly provider: string;
  authorize(request: AuthorizeRequest, options?: CallOptions): Promise<AuthorizeResult>;
  capture(request: CaptureRequest, options?: CallOptions): Promise<CaptureResult>;
  void(request: VoidRequest, options?: CallOptions): Promise<VoidResult>;
  refund(request: RefundRequest, options?: CallOptions): Promise<RefundResult>;
}
