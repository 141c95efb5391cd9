import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { moneySchema } from '../shared/money';
import { problemsBetween } from './test-support';

const product = z.object({ productId: z.uuid(), name: z.string(), price: moneySchema });

describe('object compatibility: breaking changes', () => {
  it('a new required property', () => {
    expect(problemsBetween(product, product.extend({ sku: z.string() }))).toEqual([
      'sku: new required property',
    ]);
  });

  it('an optional property made required', () => {
    const before = product.extend({ note: z.string().optional() });
    expect(problemsBetween(before, product.extend({ note: z.string() }))).toEqual([
      'note: optional property became required',
    ]);
  });

  it('a property removed while additional properties are forbidden', () => {
    const after = z.strictObject({ productId: z.uuid(), price: moneySchema });
    expect(problemsBetween(product.strict(), after)).toEqual([
      'name: property removed while additionalProperties is false: stored events carrying it would be rejected',
    ]);
  });

  it('a nested field tightened, named by its path', () => {
    const price = z.object({ amountMinor: z.int().nonnegative(), currency: z.string() });
    const before = z.object({ lines: z.array(z.object({ price })) });
    const after = z.object({
      lines: z.array(z.object({ price: price.extend({ amountMinor: z.int().positive() }) })),
    });
    expect(problemsBetween(before, after)).toEqual([
      'lines[].price.amountMinor: minimum raised from 0 to 1',
    ]);
  });

  it('a typed property added to a loose object, whose undeclared keys were stored', () => {
    const before = z.looseObject({ productId: z.uuid() });
    const after = z.looseObject({ productId: z.uuid(), colour: z.string().optional() });
    expect(problemsBetween(before, after)).toEqual([
      'colour: type narrowed from any value to string',
    ]);
  });

  it('a loose object made strict', () => {
    expect(
      problemsBetween(z.looseObject({ a: z.string() }), z.strictObject({ a: z.string() })),
    ).toEqual(['(root): additional properties no longer accepted']);
  });

  it('record values and keys narrowed', () => {
    const before = z.object({ stock: z.record(z.string(), z.number()) });
    expect(problemsBetween(before, z.object({ stock: z.record(z.string(), z.int()) }))).toEqual([
      'stock.*: type narrowed from number to integer',
    ]);
    const after = z.object({ stock: z.record(z.string().regex(/^[A-Z]+$/), z.number()) });
    expect(problemsBetween(before, after)).toEqual([
      'stock(property names): pattern added: ^[A-Z]+$',
    ]);
  });

  it('a key schema that rejects a declared property', () => {
    const after = {
      type: 'object',
      properties: { Name: { type: 'string' } },
      propertyNames: { pattern: '^[a-z]+$' },
    };
    expect(problemsBetween(z.object({ Name: z.string() }), after)).toEqual([
      'Name(name): "Name" no longer accepted',
    ]);
  });

  it('a key added to an exhaustive record', () => {
    const before = z.record(z.enum(['eu', 'us']), z.number());
    expect(problemsBetween(before, z.record(z.enum(['eu', 'us', 'uk']), z.number()))).toEqual([
      'uk: new required property',
    ]);
  });
});

describe('object compatibility: compatible changes', () => {
  it('an optional property added (z.object strips undeclared keys, so none was stored)', () => {
    expect(problemsBetween(product, product.extend({ note: z.string().optional() }))).toEqual([]);
  });

  it('a property with a default added (the stored payload may lack it)', () => {
    expect(problemsBetween(product, product.extend({ stock: z.int().default(0) }))).toEqual([]);
  });

  it('a required property made optional or removed', () => {
    expect(problemsBetween(product, product.partial({ name: true }))).toEqual([]);
    expect(problemsBetween(product, product.omit({ name: true }))).toEqual([]);
  });

  it('a strict object made open, and fields reordered', () => {
    const reordered = z.object({ price: moneySchema, name: z.string(), productId: z.uuid() });
    expect(problemsBetween(product.strict(), reordered)).toEqual([]);
  });

  it('a key added to a partial record, and a record widened', () => {
    const before = z.partialRecord(z.enum(['eu', 'us']), z.int());
    expect(
      problemsBetween(before, z.partialRecord(z.enum(['eu', 'us', 'uk']), z.number())),
    ).toEqual([]);
  });

  it('annotations changed', () => {
    const after = product.extend({ name: z.string().describe('What the shop calls it') });
    expect(problemsBetween(product, after.meta({ title: 'A product' }))).toEqual([]);
  });
});
