import type { CheckoutFieldErrors, CheckoutValues } from './checkout.schemas';

/** What the checkout action answers; success is not a state, because it goes to the order page. */
export interface CheckoutFormState {
  /** What the shopper typed, sent back so a refused form keeps it; the card number blanked. */
  readonly values: CheckoutValues | null;
  readonly message: string | null;
  readonly fieldErrors: CheckoutFieldErrors;
  readonly formErrors: readonly string[];
}

export const initialCheckoutFormState: CheckoutFormState = {
  values: null,
  message: null,
  fieldErrors: {},
  formErrors: [],
};
