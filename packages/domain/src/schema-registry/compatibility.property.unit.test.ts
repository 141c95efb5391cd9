import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsBetween } from './test-support';

/*
 * Soundness against zod itself, the code that reads stored events: whenever the check finds a
 * change compatible, every payload the old schema accepted must parse with the new one.
 * Schemas come from a small grammar; the new one is a random mutation of the old one.
 */
type Spec =
  | { kind: 'string'; min: number; max?: number }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'enum'; values: string[] }
  | { kind: 'boolean' }
  | { kind: 'array'; item: Spec; min: number }
  | { kind: 'object'; fields: Record<string, Field>; strict: boolean };
interface Field {
  spec: Spec;
  optional: boolean;
  nullable: boolean;
}

const letters = ['a', 'b', 'c', 'd'];
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const small = fc.integer({ min: -3, max: 3 });

const leaf: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('string' as const),
    min: fc.nat(2),
    max: maybe(fc.integer({ min: 2, max: 5 })),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    int: fc.boolean(),
    min: maybe(small),
    max: maybe(fc.integer({ min: 3, max: 6 })),
  }),
  fc.record({ kind: fc.constant('enum' as const), values: fc.subarray(letters, { minLength: 1 }) }),
  fc.constant({ kind: 'boolean' as const }),
);
const field = (spec: fc.Arbitrary<Spec>): fc.Arbitrary<Field> =>
  fc.record({ spec, optional: fc.boolean(), nullable: fc.boolean() });
const spec = (depth: number): fc.Arbitrary<Spec> =>
  depth === 0
    ? leaf
    : fc.oneof(
        leaf,
        fc.record({ kind: fc.constant('array' as const), item: spec(depth - 1), min: fc.nat(2) }),
        fc.record({
          kind: fc.constant('object' as const),
          fields: fc.dictionary(fc.constantFrom(...letters), field(spec(depth - 1)), {
            maxKeys: 3,
          }),
          strict: fc.boolean(),
        }),
      );

const shift = (value: number | undefined) =>
  fc.constantFrom(
    value,
    value === undefined ? 0 : value - 1,
    value === undefined ? 4 : value + 1,
    undefined,
  );

/** A nearby schema: bounds moved, types switched, fields added, dropped, made optional or required. */
function mutate(old: Spec): fc.Arbitrary<Spec> {
  const other = fc.oneof(
    { weight: 6, arbitrary: fc.constant(old) },
    { weight: 1, arbitrary: leaf },
  );
  const near = ((): fc.Arbitrary<Spec> => {
    switch (old.kind) {
      case 'string':
        return fc.record({
          kind: fc.constant(old.kind),
          min: shift(old.min).map((n) => Math.max(0, n ?? 0)),
          max: shift(old.max),
        });
      case 'number':
        return fc.record({
          kind: fc.constant(old.kind),
          int: fc.boolean(),
          min: shift(old.min),
          max: shift(old.max),
        });
      case 'enum':
        return fc.record({
          kind: fc.constant(old.kind),
          values: fc.subarray(letters, { minLength: 1 }),
        });
      case 'boolean':
        return fc.constant(old);
      case 'array':
        return fc.record({
          kind: fc.constant(old.kind),
          item: mutate(old.item),
          min: shift(old.min).map((n) => Math.max(0, n ?? 0)),
        });
      case 'object':
        return fc.record({
          kind: fc.constant(old.kind),
          fields: mutateFields(old.fields),
          strict: fc.boolean(),
        });
    }
  })();
  return fc.oneof(near, other);
}

function mutateFields(fields: Record<string, Field>): fc.Arbitrary<Record<string, Field>> {
  const kept = Object.entries(fields).map(([name, { spec: old, optional, nullable }]) =>
    fc.option(
      fc
        .record({
          spec: mutate(old),
          optional: fc.constantFrom(optional, !optional),
          nullable: fc.constantFrom(nullable, !nullable),
        })
        .map((f) => [name, f] as const),
      { freq: 6 },
    ),
  );
  const added = fc.dictionary(fc.constantFrom('e', 'f'), field(leaf), { maxKeys: 1 });
  return fc.tuple(fc.tuple(...kept), added).map(([entries, extra]) => ({
    ...extra,
    ...Object.fromEntries(entries.filter((entry) => entry !== null)),
  }));
}

function toZod(s: Spec): z.ZodType {
  switch (s.kind) {
    case 'string': {
      const text = z.string().min(s.min);
      return s.max === undefined ? text : text.max(s.max);
    }
    case 'number': {
      let number = s.int ? z.int() : z.number();
      if (s.min !== undefined) number = number.min(s.min);
      return s.max === undefined ? number : number.max(s.max);
    }
    case 'enum':
      return z.enum(s.values as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
    case 'array':
      return z.array(toZod(s.item)).min(s.min);
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(s.fields).map(([name, { spec: inner, optional, nullable }]) => {
          const base = nullable ? toZod(inner).nullable() : toZod(inner);
          return [name, optional ? base.optional() : base];
        }),
      );
      return s.strict ? z.strictObject(shape) : z.object(shape);
    }
  }
}

/** Payloads of a schema: as written by code that parsed them, so only declared keys. */
function payloads(s: Spec): fc.Arbitrary<unknown> {
  switch (s.kind) {
    case 'string':
      return fc.string({ minLength: s.min, maxLength: s.max ?? 8 });
    case 'number':
      return s.int
        ? fc.integer({ min: s.min ?? -10, max: s.max ?? 10 })
        : fc.double({ min: s.min ?? -10, max: s.max ?? 10, noNaN: true, noDefaultInfinity: true });
    case 'enum':
      return fc.constantFrom(...s.values);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(payloads(s.item), { minLength: s.min, maxLength: s.min + 2 });
    case 'object': {
      const entries = Object.entries(s.fields).map(
        ([name, { spec: inner, optional, nullable }]) => {
          const value = nullable ? fc.option(payloads(inner), { nil: null }) : payloads(inner);
          const entry = value.map((v) => [name, v] as const);
          return optional ? fc.option(entry, { freq: 2 }) : entry;
        },
      );
      return fc
        .tuple(...entries)
        .map((pairs) => Object.fromEntries(pairs.filter((p) => p !== null)));
    }
  }
}

describe('compatibility check soundness', () => {
  it('a change found compatible reads every payload the old schema accepted', () => {
    const cases = spec(2).chain((before) =>
      fc.tuple(fc.constant(before), mutate(before), fc.array(payloads(before), { maxLength: 8 })),
    );
    let compatible = 0;
    fc.assert(
      fc.property(cases, ([before, after, stored]) => {
        const [old, current] = [toZod(before), toZod(after)];
        if (problemsBetween(old, current).length > 0) return;
        compatible++;
        for (const payload of stored.filter((p) => old.safeParse(p).success)) {
          expect(
            current.safeParse(payload).success,
            JSON.stringify({ before, after, payload }),
          ).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // The property is vacuous unless many mutations are found compatible.
    expect(compatible).toBeGreaterThan(100);
  });
});
