import { z } from 'zod';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

/** Where an order goes, as the shopper types it at checkout; the same schema checks the command. */
export const shippingAddressSchema = z.object({
  recipient: text('Recipient', 100),
  line1: text('Street address', 200),
  line2: z
    .string({ error: 'Address line 2 must be text' })
    .trim()
    .max(200, 'Address line 2 must be at most 200 characters')
    .default(''),
  postalCode: text('Postal code', 16).regex(
    /^[A-Za-z0-9 -]+$/,
    'Postal code may use letters, digits, spaces and dashes',
  ),
  city: text('City', 100),
  country: z
    .string({ error: 'Country must be text' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Country must be a two-letter code such as DE'),
});
export type ShippingAddress = z.output<typeof shippingAddressSchema>;
export type ShippingAddressInput = z.input<typeof shippingAddressSchema>;

/** The stored form: shape only (see line-item.ts). */
export const recordedAddressSchema = z.object({
  recipient: z.string(),
  line1: z.string(),
  line2: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});
