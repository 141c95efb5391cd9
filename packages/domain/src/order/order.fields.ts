import { z } from 'zod';

export const orderIdSchema = z.uuid('Order id must be a UUID');
export const cartIdSchema = z.uuid('Cart id must be a UUID');
export const customerIdSchema = z.uuid('Customer id must be a UUID');
/** Chosen by the caller, so a retried refund is recognised rather than paid twice. */
export const refundIdSchema = z.uuid('Refund id must be a UUID');

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

/** The payment provider's id for the authorization. */
export const paymentIdSchema = text('Payment id', 100);
export const reasonSchema = text('Reason', 500);
export const carrierSchema = text('Carrier', 50);
export const trackingNumberSchema = text('Tracking number', 60).regex(
  /^[A-Za-z0-9-]+$/,
  'Tracking number may use letters, digits and dashes',
);
