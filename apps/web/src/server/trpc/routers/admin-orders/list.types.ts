import {
  adminOrdersPageSchema,
  adminOrderViewSchema,
  listAdminOrdersInputSchema,
} from '@shop/read-models';
import { z } from 'zod';
import { moneyViewSchema } from './order-state-view';

export const adminOrdersListInputSchema = listAdminOrdersInputSchema;
export type AdminOrdersListInput = z.input<typeof adminOrdersListInputSchema>;

// Amounts arrive formatted, as on the storefront: the browser ships no money code for one Intl call.
export const adminOrderListItemSchema = adminOrderViewSchema.extend({
  total: moneyViewSchema,
  refunded: moneyViewSchema,
});
export type AdminOrderListItem = z.infer<typeof adminOrderListItemSchema>;

export const adminOrdersListOutputSchema = adminOrdersPageSchema.extend({
  orders: z.array(adminOrderListItemSchema),
  totals: z.object({
    count: z.number().int().nonnegative(),
    byCurrency: z.array(
      z.object({
        currency: z.string(),
        count: z.number().int().positive(),
        total: moneyViewSchema,
      }),
    ),
  }),
});
