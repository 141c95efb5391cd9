import type { CheckoutValues } from '../../checkout/checkout.schemas';

/** A valid shipping address as typed into the checkout form. */
export const typedAddress = {
  recipient: 'Ada Lovelace',
  line1: '12 St James Square',
  line2: '',
  postalCode: 'SW1Y 4JH',
  city: 'London',
  country: 'GB',
};

/** The checkout form as the page renders it for `cartId`, filled in with an approving test card. */
export const checkoutForm = (
  cartId: string,
  orderId: string,
  changes: Partial<CheckoutValues> = {},
): CheckoutValues => ({
  cartId,
  orderId,
  ...typedAddress,
  cardNumber: '4242 4242 4242 4242',
  ...changes,
});
