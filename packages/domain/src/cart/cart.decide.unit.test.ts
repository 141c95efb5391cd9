import { describe, it } from 'vitest';
import { deciderSpec } from '../shared/decider-spec';
import type { Money } from '../shared/money';
import { cartAggregate, type CartCommand, type CartEvent, type CheckOut } from './index';

const cartId = 'c0c0c0c0-0000-4000-8000-000000000001';
const lamp = 'a1a1a1a1-0000-4000-8000-000000000001';
const rug = 'a2a2a2a2-0000-4000-8000-000000000002';
const orderId = '0d0d0d0d-0000-4000-8000-000000000001';
const otherOrderId = '0d0d0d0d-0000-4000-8000-000000000002';
const spec = deciderSpec(cartAggregate.decider);

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

const addItem = (productId: string, quantity: number, unitPrice = eur(1_000)): CartCommand => ({
  type: 'AddItem',
  data: { cartId, productId, name: productId === lamp ? 'Lamp' : 'Rug', unitPrice, quantity },
});
const added = (productId: string, quantity: number, unitPrice = eur(1_000)): CartEvent => ({
  type: 'CartItemAdded',
  data: { cartId, productId, name: productId === lamp ? 'Lamp' : 'Rug', unitPrice, quantity },
});

const shippingAddress = {
  recipient: 'Ada Lovelace',
  line1: '12 St James Square',
  line2: '',
  postalCode: 'SW1Y 4JH',
  city: 'London',
  country: 'GB',
};
const checkOut = (id = orderId): CheckOut => ({
  type: 'CheckOut',
  data: {
    cartId,
    orderId: id,
    customerId: null,
    shippingAddress,
    checkedOutAt: '2026-11-20T10:00:00.000Z',
  },
});
const checkedOut: CartEvent = {
  type: 'CartCheckedOut',
  data: {
    ...checkOut().data,
    lines: [{ productId: lamp, name: 'Lamp', unitPrice: eur(1_000), quantity: 2 }],
    total: eur(2_000),
  },
};

describe('AddItem', () => {
  it('adds a product at the price shown', () => {
    spec
      .given([])
      .when(addItem(lamp, 2))
      .then([added(lamp, 2)]);
  });

  it('adds to a product already in the cart, up to the maximum per line', () => {
    spec
      .given([added(lamp, 90)])
      .when(addItem(lamp, 9))
      .then([added(lamp, 9)]);
    spec
      .given([added(lamp, 90)])
      .when(addItem(lamp, 10))
      .thenFails('CartQuantityTooLarge');
  });

  it('keeps one currency per cart', () => {
    spec
      .given([added(lamp, 1)])
      .when(addItem(rug, 1, { amountMinor: 1_000, currency: 'USD' }))
      .thenFails('CartCurrencyMismatch');
  });

  it('takes any currency again once the cart is emptied', () => {
    const usd = { amountMinor: 900, currency: 'USD' };
    spec
      .given([added(lamp, 1), { type: 'CartItemRemoved', data: { cartId, productId: lamp } }])
      .when(addItem(rug, 1, usd))
      .then([added(rug, 1, usd)]);
  });

  it('refuses a new product in a full cart, but not more of one already in it', () => {
    const full = Array.from({ length: 50 }, (_, n) =>
      added(`a3a3a3a3-0000-4000-8000-${n.toString().padStart(12, '0')}`, 1),
    );
    spec
      .given([...full])
      .when(addItem(rug, 1))
      .thenFails('CartFull');
    const first = full[0] as Extract<CartEvent, { type: 'CartItemAdded' }>;
    spec
      .given([...full])
      .when({ type: 'AddItem', data: { ...first.data, quantity: 1 } })
      .then([{ ...first, data: { ...first.data, quantity: 1 } }]);
  });

  it('refuses changes after checkout', () => {
    spec
      .given([added(lamp, 2), checkedOut])
      .when(addItem(rug, 1))
      .thenFails('CartAlreadyCheckedOut');
  });
});

describe('ChangeQuantity', () => {
  const change = (quantity: number): CartCommand => ({
    type: 'ChangeQuantity',
    data: { cartId, productId: lamp, quantity },
  });

  it('sets the quantity of a line', () => {
    spec
      .given([added(lamp, 2)])
      .when(change(5))
      .then([{ type: 'CartItemQuantityChanged', data: { cartId, productId: lamp, quantity: 5 } }]);
  });

  it('changes nothing when the quantity is the same', () => {
    spec
      .given([added(lamp, 2)])
      .when(change(2))
      .then([]);
  });

  it('refuses a product that is not in the cart', () => {
    spec
      .given([added(rug, 1)])
      .when(change(2))
      .thenFails('CartItemNotFound');
  });

  it('refuses changes after checkout', () => {
    spec
      .given([added(lamp, 2), checkedOut])
      .when(change(1))
      .thenFails('CartAlreadyCheckedOut');
  });
});

describe('RemoveItem', () => {
  const remove: CartCommand = { type: 'RemoveItem', data: { cartId, productId: lamp } };

  it('removes a line', () => {
    spec
      .given([added(lamp, 2)])
      .when(remove)
      .then([{ type: 'CartItemRemoved', data: { cartId, productId: lamp } }]);
  });

  it('changes nothing when the product is not in the cart', () => {
    spec
      .given([added(rug, 2)])
      .when(remove)
      .then([]);
  });

  it('refuses changes after checkout', () => {
    spec
      .given([added(lamp, 2), checkedOut])
      .when(remove)
      .thenFails('CartAlreadyCheckedOut');
  });
});

describe('CheckOut', () => {
  it('records the lines at the prices charged, the address and the total', () => {
    spec
      .given([added(lamp, 1, eur(900)), added(rug, 1, eur(5_000)), added(lamp, 2)])
      .when(checkOut())
      .then([
        {
          type: 'CartCheckedOut',
          data: {
            ...checkOut().data,
            lines: [
              { productId: lamp, name: 'Lamp', unitPrice: eur(1_000), quantity: 3 },
              { productId: rug, name: 'Rug', unitPrice: eur(5_000), quantity: 1 },
            ],
            total: eur(8_000),
          },
        },
      ]);
  });

  it('refuses an empty cart, also one emptied by removals', () => {
    spec.given([]).when(checkOut()).thenFails('CartEmpty');
    spec
      .given([added(lamp, 1), { type: 'CartItemRemoved', data: { cartId, productId: lamp } }])
      .when(checkOut())
      .thenFails('CartEmpty');
  });

  it('changes nothing when checked out again for the same order (a retry)', () => {
    spec
      .given([added(lamp, 2), checkedOut])
      .when(checkOut())
      .then([]);
  });

  it('refuses to check out again as another order', () => {
    spec
      .given([added(lamp, 2), checkedOut])
      .when(checkOut(otherOrderId))
      .thenFails('CartAlreadyCheckedOut');
  });
});
