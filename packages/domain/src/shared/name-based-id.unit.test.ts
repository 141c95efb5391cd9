import { describe, expect, it } from 'vitest';
import { nameBasedId } from './name-based-id';

const uuidV5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('nameBasedId', () => {
  it('is a version 5 UUID, the same for the same name on every run', () => {
    const id = nameBasedId('order-fulfillment/x/authorize');
    expect(id).toMatch(uuidV5);
    expect(nameBasedId('order-fulfillment/x/authorize')).toBe(id);
    expect(nameBasedId('order-fulfillment/y/authorize')).not.toBe(id);
  });

  it('does not change from one release to the next (stored ids are derived from it)', () => {
    expect(nameBasedId('')).toMatchInlineSnapshot(`"c9293e0e-78e1-5477-9911-5d00793fee3e"`);
  });
});
