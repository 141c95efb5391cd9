import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { JsonSchema } from './json-schema';
import { problemsBetween, registered } from './test-support';

const card = z.object({ kind: z.literal('card'), last4: z.string() });
const cash = z.object({ kind: z.literal('cash') });
const payment = (...options: [typeof card | typeof cash, ...(typeof card | typeof cash)[]]) =>
  z.object({ payment: z.discriminatedUnion('kind', options) });

describe('arrays', () => {
  it('items narrowed, counts tightened (breaking)', () => {
    const tags = (item: z.ZodType) => z.object({ tags: z.array(item) });
    expect(problemsBetween(tags(z.string()), tags(z.string().min(1)))).toEqual([
      'tags[]: minLength raised from 0 to 1',
    ]);
    const list = z.array(z.string());
    expect(problemsBetween(list.min(1), list.min(2).max(9))).toEqual([
      '(root): minItems raised from 1 to 2',
      '(root): maxItems added: 9',
    ]);
    expect(
      problemsBetween(z.tuple([z.string(), z.number()]), z.tuple([z.string(), z.string()])),
    ).toEqual(['[1]: type changed from number to string']);
  });

  it('items widened, counts loosened (compatible)', () => {
    expect(problemsBetween(z.array(z.int()).min(1).max(3), z.array(z.number()))).toEqual([]);
    expect(problemsBetween(z.tuple([z.string()]), z.array(z.string()))).toEqual([]);
    expect(problemsBetween(z.tuple([z.string()]), z.tuple([z.string()], z.number()))).toEqual([]);
  });
});

describe('unions', () => {
  it('an alternative tightened names the alternative (breaking)', () => {
    const stricter = card.extend({ expiry: z.string() });
    expect(problemsBetween(payment(card, cash), payment(stricter, cash))).toEqual([
      'payment(kind="card").expiry: new required property',
    ]);
  });

  it('an alternative removed (breaking)', () => {
    expect(problemsBetween(payment(card, cash), payment(card))).toContain(
      'payment(kind="cash").kind: const changed from "cash" to "card"',
    );
  });

  it('an alternative added, a field made nullable (compatible)', () => {
    expect(problemsBetween(payment(card), payment(card, cash))).toEqual([]);
    expect(problemsBetween(payment(card), z.object({ payment: card.nullable() }))).toEqual([]);
  });

  it('a oneOf whose alternatives may overlap cannot be decided', () => {
    const overlapping: JsonSchema = {
      oneOf: [{ type: 'string' }, { type: 'string', minLength: 3 }],
    };
    expect(problemsBetween({ type: 'string' }, overlapping)).toEqual([
      '(root): cannot decide: the current schema uses oneOf whose alternatives may overlap (a value matching two is rejected)',
    ]);
  });
});

type Category = { name: string; children: Category[] };
const category = (name: z.ZodString): z.ZodType<Category> => {
  const self: z.ZodType<Category> = z.lazy(() => z.object({ name, children: z.array(self) }));
  return self;
};

describe('references and keywords it does not understand', () => {
  it('follows $ref through recursive schemas', () => {
    const before = z.object({ root: category(z.string()) });
    expect(problemsBetween(before, z.object({ root: category(z.string()) }))).toEqual([]);
    expect(problemsBetween(before, z.object({ root: category(z.string().min(1)) }))).toEqual([
      'root.children[].name: minLength raised from 0 to 1',
      'root.name: minLength raised from 0 to 1',
    ]);
  });

  it('compares what references point to, not their text', () => {
    const document = (target: JsonSchema): JsonSchema => ({
      type: 'object',
      properties: { price: { $ref: '#/$defs/Amount' } },
      $defs: { Amount: target },
    });
    expect(problemsBetween(document({ type: 'integer' }), document({ type: 'number' }))).toEqual(
      [],
    );
    expect(problemsBetween(document({ type: 'number' }), document({ type: 'integer' }))).toEqual([
      'price: type narrowed from number to integer',
    ]);
  });

  it('reports a changed unsupported keyword as undecided, passes an unchanged one', () => {
    const before: JsonSchema = { type: 'array', contains: { type: 'string' } };
    expect(problemsBetween(before, { type: 'array', contains: { type: 'number' } })).toEqual([
      '(root): cannot decide: unsupported keyword contains changed',
    ]);
    expect(problemsBetween(before, { ...before, description: 'unchanged' })).toEqual([]);
  });

  it('never (not {}) accepts nothing, so anything may replace it', () => {
    expect(registered(z.object({ gone: z.never().optional() }))).toMatchObject({
      properties: { gone: { not: {} } },
    });
    const before = z.object({ gone: z.never().optional() });
    expect(problemsBetween(before, z.object({ gone: z.string().optional() }))).toEqual([]);
  });
});
