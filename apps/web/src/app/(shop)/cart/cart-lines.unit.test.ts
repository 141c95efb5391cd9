import { describe, expect, it } from 'vitest';
import {
  settledUpTo,
  summarize,
  withEdits,
  withoutEdit,
  type CartLine,
  type LineEdits,
} from './cart-lines';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const lamp: CartLine = { productId: 'lamp', name: 'Lamp', unitPrice: eur(1_250), quantity: 2 };
const mug: CartLine = { productId: 'mug', name: 'Mug', unitPrice: eur(800), quantity: 1 };

describe('summarize', () => {
  it('totals each line and the cart in minor units, formatted', () => {
    expect(summarize([lamp, mug])).toEqual({
      lines: [
        { ...lamp, price: '€12.50', lineTotal: '€25.00' },
        { ...mug, price: '€8.00', lineTotal: '€8.00' },
      ],
      itemCount: 3,
      total: '€33.00',
    });
  });

  it('adds cents without floating point errors', () => {
    const cheap = { ...mug, unitPrice: eur(10), quantity: 3 };
    const odd = { ...lamp, unitPrice: eur(20), quantity: 1 };
    expect(summarize([cheap, odd]).total).toBe('€0.50');
  });

  it('has no total for an empty cart', () => {
    expect(summarize([])).toEqual({ lines: [], itemCount: 0, total: null });
  });
});

describe('withEdits', () => {
  it('shows quantities and removals the read model does not have yet', () => {
    const edits: LineEdits = new Map([
      ['lamp', { seq: 1, quantity: 5 }],
      ['mug', { seq: 2, quantity: null }],
    ]);
    expect(withEdits([lamp, mug], edits)).toEqual([{ ...lamp, quantity: 5 }]);
    expect(summarize(withEdits([lamp, mug], edits)).total).toBe('€62.50');
  });

  it('ignores an edit of a line the cart no longer has', () => {
    expect(withEdits([mug], new Map([['lamp', { seq: 1, quantity: 3 }]]))).toEqual([mug]);
  });
});

describe('settling and rolling back edits', () => {
  const edits: LineEdits = new Map([
    ['lamp', { seq: 3, quantity: 4 }],
    ['mug', { seq: 1, quantity: 2 }],
  ]);

  it('drops the edits the read model has applied, keeps the later ones', () => {
    expect([...settledUpTo(edits, 1)]).toEqual([['lamp', { seq: 3, quantity: 4 }]]);
    expect(settledUpTo(edits, 3).size).toBe(0);
  });

  it('takes back a refused edit, but not one a later edit replaced', () => {
    expect([...withoutEdit(edits, 'mug', 1).keys()]).toEqual(['lamp']);
    expect(withoutEdit(edits, 'lamp', 2)).toBe(edits);
  });
});
