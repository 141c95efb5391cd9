import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  addProductInputSchema,
  addProductSchema,
  discontinueProductInputSchema,
  describeProductInputSchema,
  renameProductInputSchema,
  repriceProductInputSchema,
  setProductCategoryInputSchema,
  setProductTagsInputSchema,
  setProductTagsSchema,
} from './index';

const productId = '0b7d5e3c-2f1a-4c1e-9a44-3f1c2b9d8e01';

/** The messages a form would show, by field. */
function messages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    (byField[issue.path.join('.') || '_form'] ??= []).push(issue.message);
  }
  return byField;
}

describe('AddProduct input', () => {
  it('reads a typed price as minor units without floating point', () => {
    const parse = (price: string) => addProductInputSchema.parse({ name: 'Lamp', price }).price;
    expect(parse('12')).toBe(1_200);
    expect(parse('12.5')).toBe(1_250);
    expect(parse('0.29')).toBe(29);
    expect(parse(' 1999.99 ')).toBe(199_999);
  });

  it('explains what is wrong with the form', () => {
    const errors = (input: Record<string, unknown>) =>
      Object.values(messages(addProductInputSchema, input)).flat();
    expect(errors({ name: '', price: '1' })).toEqual(['Name is required']);
    expect(errors({ name: '  ', price: '1' })).toEqual(['Name is required']);
    expect(errors({ name: 'Lamp', price: '' })).toContain('Price is required');
    expect(errors({ name: 'Lamp', price: '-3' })).toEqual(['Price must be a number such as 12.50']);
    expect(errors({ name: 'Lamp', price: '0' })).toEqual(['Price must be greater than zero']);
    expect(errors({ name: 'Lamp', price: 'abc' })).toEqual([
      'Price must be a number such as 12.50',
    ]);
  });

  it('takes an optional category typed as a name and keeps it as a slug', () => {
    const category = (text?: string) =>
      addProductInputSchema.parse({ name: 'Lamp', price: '1', category: text }).category;
    expect(category()).toBeUndefined();
    expect(category('  ')).toBeUndefined();
    expect(category(' Home  Decor ')).toBe('home-decor');
    expect(
      messages(addProductInputSchema, { name: 'Lamp', price: '1', category: 'Café!' }),
    ).toEqual({
      category: ['Category may use letters, digits and single dashes, such as home-decor'],
    });
  });

  it('rejects a zero, negative or fractional-cent price in the command', () => {
    for (const amountMinor of [0, -100, 1.5]) {
      const data = {
        productId,
        name: 'Lamp',
        description: '',
        price: { amountMinor, currency: 'EUR' },
      };
      expect(addProductSchema.safeParse({ type: 'AddProduct', data }).success).toBe(false);
    }
  });
});

describe('RenameProduct and DescribeProduct inputs', () => {
  it('trims and checks the name', () => {
    expect(renameProductInputSchema.parse({ productId, name: ' Lamp ' })).toEqual({
      productId,
      name: 'Lamp',
    });
    expect(messages(renameProductInputSchema, { productId, name: ' ' })).toEqual({
      name: ['Name is required'],
    });
    expect(messages(renameProductInputSchema, { productId, name: 'x'.repeat(121) })).toEqual({
      name: ['Name must be at most 120 characters'],
    });
  });

  it('needs the id of the product the form is about', () => {
    expect(messages(renameProductInputSchema, { name: 'Lamp' })).toHaveProperty('productId');
    expect(messages(describeProductInputSchema, { productId: 'lamp-1' })).toEqual({
      productId: ['Product id must be a UUID'],
    });
  });

  it('treats a missing description as empty and limits its length', () => {
    expect(describeProductInputSchema.parse({ productId }).description).toBe('');
    expect(
      messages(describeProductInputSchema, { productId, description: 'x'.repeat(2001) }),
    ).toEqual({ description: ['Description must be at most 2000 characters'] });
  });
});

describe('SetProductCategory input', () => {
  it('turns a typed name into a slug', () => {
    const category = (text: string) =>
      setProductCategoryInputSchema.parse({ productId, category: text }).category;
    expect(category('Lighting')).toBe('lighting');
    expect(category(' Home_and  Garden ')).toBe('home-and-garden');
  });

  it('explains a category it cannot use', () => {
    const errors = (category: string) =>
      messages(setProductCategoryInputSchema, { productId, category });
    expect(errors('')).toEqual({ category: ['Category is required'] });
    expect(errors('home--decor')).toEqual({
      category: ['Category may use letters, digits and single dashes, such as home-decor'],
    });
    expect(errors('a'.repeat(41))).toEqual({
      category: ['Category must be at most 40 characters'],
    });
  });
});

describe('SetProductTags input', () => {
  const tags = (input: unknown) => setProductTagsInputSchema.parse({ productId, tags: input }).tags;

  it('normalises, drops blanks and duplicates, keeping the first place', () => {
    expect(tags('Gift,  linen , GIFT,,  Walnut  Wood ')).toEqual(['gift', 'linen', 'walnut wood']);
    expect(tags(['Gift', ' gift', 'Lamp'])).toEqual(['gift', 'lamp']);
    expect(tags('')).toEqual([]);
    expect(setProductTagsInputSchema.parse({ productId }).tags).toEqual([]);
  });

  it('limits how many tags and how long each is', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `tag${index}`).join(',');
    expect(messages(setProductTagsInputSchema, { productId, tags: eleven })).toEqual({
      tags: ['At most 10 tags'],
    });
    // Duplicates count once.
    expect(tags(`${'a,'.repeat(20)}b`)).toEqual(['a', 'b']);
    expect(messages(setProductTagsInputSchema, { productId, tags: 'x'.repeat(31) })).toEqual({
      'tags.0': ['A tag must be at most 30 characters'],
    });
    expect(messages(setProductTagsInputSchema, { productId, tags: 'on sale!' })).toEqual({
      'tags.0': ['Tags may use letters, digits, single spaces and dashes'],
    });
    expect(messages(setProductTagsInputSchema, { productId, tags: 7 })).toEqual({
      tags: ['Tags must be text, separated by commas'],
    });
  });

  it('applies the same rules to the command itself', () => {
    const command = setProductTagsSchema.parse({
      type: 'SetProductTags',
      data: { productId, tags: ['Gift', 'gift '] },
    });
    expect(command.data.tags).toEqual(['gift']);
  });
});

describe('RepriceProduct input', () => {
  it('reads the typed price as minor units in the given currency', () => {
    expect(repriceProductInputSchema.parse({ productId, price: '29.90' })).toEqual({
      productId,
      price: 2_990,
      currency: 'EUR',
    });
  });

  it('explains a price or currency it cannot use', () => {
    expect(messages(repriceProductInputSchema, { productId, price: '0' })).toEqual({
      price: ['Price must be greater than zero'],
    });
    expect(messages(repriceProductInputSchema, { productId, price: '1', currency: 'eur' })).toEqual(
      { currency: ['Currency must be a three-letter ISO code such as EUR'] },
    );
  });
});

describe('DiscontinueProduct input', () => {
  it('keeps a reason, and reads a blank one as none', () => {
    const reason = (text?: string) =>
      discontinueProductInputSchema.parse({ productId, reason: text }).reason;
    expect(reason(' Out of stock for good ')).toBe('Out of stock for good');
    expect(reason('   ')).toBeUndefined();
    expect(reason()).toBeUndefined();
    expect(messages(discontinueProductInputSchema, { productId, reason: 'x'.repeat(501) })).toEqual(
      { reason: ['Reason must be at most 500 characters'] },
    );
  });
});
