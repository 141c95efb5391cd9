import { describe, expect, it } from 'vitest';
import { checkoutForm, typedAddress } from '../cart/test-support/checkout-form';
import { checkCheckout, checkoutErrorsOf, checkoutValuesOf } from './checkout.schemas';

const form = checkoutForm(
  'c0c0c0c0-0000-4000-8000-000000000001',
  '0d0d0d0d-0000-4000-8000-000000000001',
  { recipient: ' Ada Lovelace ', country: 'gb', cardNumber: '4242 4242-4242 4242' },
);

describe('checkCheckout', () => {
  it('nests the address and tokenizes the card, as the domain and the provider want them', () => {
    expect(checkCheckout(form)).toEqual({
      ok: true,
      request: {
        cartId: form.cartId,
        orderId: form.orderId,
        shippingAddress: typedAddress,
        card: { provider: 'demo', token: 'demo_card_approves', last4: '4242' },
      },
    });
  });

  it('takes each test card, the declining one too: the payment decides, not the form', () => {
    for (const cardNumber of ['4000000000000002', '4000000000000119', '4000000000009995']) {
      expect(checkCheckout({ ...form, cardNumber }).ok).toBe(true);
    }
  });

  it('puts each message on its field, and a tampered hidden id on the form', () => {
    expect(
      checkCheckout({
        ...form,
        orderId: 'not-an-order',
        line1: '',
        postalCode: '#1',
        cardNumber: '12',
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        line1: ['Street address is required'],
        postalCode: ['Postal code may use letters, digits, spaces and dashes'],
        // One message per field: the first to fix (the card is also no test card).
        cardNumber: ['Card number must be 12 to 19 digits'],
      },
      formErrors: ['Order id must be a UUID'],
    });
  });

  it('refuses a real-looking card that is not a test card', () => {
    const checked = checkCheckout({ ...form, cardNumber: '5555 5555 5555 4444' });
    expect(checked.ok ? [] : checked.fieldErrors.cardNumber).toEqual([
      expect.stringMatching(/^This demo takes test cards only: 4242 4242 4242 4242 \(approves\)/),
    ]);
  });
});

describe('checkoutValuesOf', () => {
  it('reads every field as text; a missing field or a file reads as empty', () => {
    const data = new FormData();
    data.set('recipient', 'Ada');
    data.set('city', new Blob(['London']));
    const values = checkoutValuesOf(data);
    expect(values.recipient).toBe('Ada');
    expect(values.city).toBe('');
    expect(values.cardNumber).toBe('');
    expect(Object.keys(values).sort()).toEqual(Object.keys(form).sort());
  });
});

describe('checkoutErrorsOf', () => {
  it("sorts the domain's messages by input path onto the form's fields", () => {
    expect(
      checkoutErrorsOf({
        'shippingAddress.city': ['City is required'],
        cartId: ['Cart id must be a UUID'],
      }),
    ).toEqual({
      fieldErrors: { city: ['City is required'] },
      formErrors: ['Cart id must be a UUID'],
    });
  });
});
