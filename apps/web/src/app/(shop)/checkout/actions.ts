'use server';

import type { Route } from 'next';
import { redirect } from 'next/navigation';
import { shopperSession } from '~/server/auth/guards';
import { checkOutForShopper } from './checkout-request';
import { checkoutValuesOf } from './checkout.schemas';
import type { CheckoutFormState } from './form-state';

/** Runs the checkout form; on success the shopper follows the new order on its page. */
export async function checkOutAction(
  _previous: CheckoutFormState,
  formData: FormData,
): Promise<CheckoutFormState> {
  const values = checkoutValuesOf(formData);
  // A card number is never sent back to the browser: the shopper types it again.
  const kept = { ...values, cardNumber: '' };
  const session = await shopperSession();
  if (!session) {
    const message = 'Sign in to check out. Nothing was ordered.';
    return { values: kept, message, fieldErrors: {}, formErrors: [] };
  }
  const outcome = await checkOutForShopper(session, values);
  if (!outcome.ok) {
    const { message, fieldErrors, formErrors } = outcome;
    return { values: kept, message, fieldErrors, formErrors };
  }
  const query = outcome.position ? `?${new URLSearchParams({ placed: outcome.position })}` : '';
  redirect(`/orders/${outcome.orderId}${query}` as Route);
}
