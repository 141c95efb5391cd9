import { checkOutInputSchema, shippingAddressSchema } from '@shop/domain/storefront';
import { demoCardNumberSchema } from '@shop/payments/test-cards';
import { z } from 'zod';

/*
 * The checkout form, checked by the same schema in the browser (before sending) and in the server
 * action: the domain's address and ids, and the payment provider's card field. Flat, as the form
 * is, so messages land on fields by name. Free of server imports, so the form can use it.
 */

export const addressFields = Object.keys(
  shippingAddressSchema.shape,
) as readonly (keyof typeof shippingAddressSchema.shape)[];
export type CheckoutField = keyof typeof shippingAddressSchema.shape | 'cardNumber';
export type CheckoutFieldErrors = Readonly<Partial<Record<CheckoutField, readonly string[]>>>;

export const checkoutFormSchema = z.object({
  cartId: checkOutInputSchema.shape.cartId,
  orderId: checkOutInputSchema.shape.orderId,
  ...shippingAddressSchema.shape,
  cardNumber: demoCardNumberSchema,
});
/** What the form sends: text for every field (a missing one reads as empty). */
export type CheckoutValues = Readonly<Record<keyof typeof checkoutFormSchema.shape, string>>;

const formFields = Object.keys(checkoutFormSchema.shape) as (keyof CheckoutValues)[];

/** The form's fields as text; a missing one (or a file) reads as empty and fails its check. */
export function checkoutValuesOf(formData: FormData): CheckoutValues {
  const text = (field: keyof CheckoutValues) => {
    const value = formData.get(field);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(formFields.map((field) => [field, text(field)])) as CheckoutValues;
}

export interface CheckoutRequest {
  readonly cartId: string;
  readonly orderId: string;
  readonly shippingAddress: z.output<typeof shippingAddressSchema>;
  readonly card: z.output<typeof demoCardNumberSchema>;
}

export type CheckedCheckout =
  | { readonly ok: true; readonly request: CheckoutRequest }
  | {
      readonly ok: false;
      readonly fieldErrors: CheckoutFieldErrors;
      /** Problems that belong to no field the shopper can correct (a tampered hidden id). */
      readonly formErrors: readonly string[];
    };

export function checkCheckout(values: CheckoutValues): CheckedCheckout {
  const parsed = checkoutFormSchema.safeParse(values);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    const { cartId = [], orderId = [], ...fields } = fieldErrors;
    // The first problem of each field is the one to fix first; the rest follow from it.
    const firsts = Object.fromEntries(
      Object.entries(fields).map(([field, messages = []]) => [field, messages.slice(0, 1)]),
    );
    return { ok: false, fieldErrors: firsts, formErrors: [...formErrors, ...cartId, ...orderId] };
  }
  const { cartId, orderId, cardNumber: card, ...shippingAddress } = parsed.data;
  return { ok: true, request: { cartId, orderId, shippingAddress, card } };
}

/** Domain messages keyed by input path (`shippingAddress.city`) sorted onto the form's fields. */
export function checkoutErrorsOf(
  messagesByPath: Readonly<Record<string, readonly string[] | undefined>>,
): { fieldErrors: CheckoutFieldErrors; formErrors: readonly string[] } {
  const fieldErrors: Partial<Record<CheckoutField, readonly string[]>> = {};
  const formErrors: string[] = [];
  for (const [path, messages = []] of Object.entries(messagesByPath)) {
    const field = addressFields.find((name) => path === `shippingAddress.${name}`);
    if (field) fieldErrors[field] = messages;
    else formErrors.push(...messages);
  }
  return { fieldErrors, formErrors };
}
