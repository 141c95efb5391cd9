import { z } from 'zod';

/** Money is integer minor units plus an ISO 4217 code: never a float. */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter ISO code such as EUR');

export const moneySchema = z.object({
  amountMinor: z.number().int('Amounts are whole minor units (cents)'),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

export const positiveMoneySchema = moneySchema.refine((money) => money.amountMinor > 0, {
  message: 'Price must be greater than zero',
  path: ['amountMinor'],
});

const decimalAmount = /^\d{1,9}(\.\d{1,2})?$/;

/**
 * Reads a price typed by a person ("12", "12.5", "12.50") as minor units, without floating point.
 * Two decimals suit the currencies the shop sells in.
 */
export const decimalPriceSchema = z
  .string()
  .trim()
  .min(1, 'Price is required')
  .regex(decimalAmount, 'Price must be a number such as 12.50')
  .transform((text) => {
    const [units = '0', fraction = ''] = text.split('.');
    return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  })
  .refine((amountMinor) => amountMinor > 0, 'Price must be greater than zero');

export function formatMoney({ amountMinor, currency }: Money, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}
