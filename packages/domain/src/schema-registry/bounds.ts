import { problem, type JsonSchemaObject, type Problem } from './json-schema';
import { numberOf } from './keywords';

/** One side of a range: `minimum`/`exclusiveMinimum`, `maximum`/`exclusiveMaximum`, or a count. */
export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

const tighterLower = (a: Bound, b: Bound): boolean =>
  a.value > b.value || (a.value === b.value && a.exclusive && !b.exclusive);
const tighterUpper = (a: Bound, b: Bound): boolean =>
  a.value < b.value || (a.value === b.value && a.exclusive && !b.exclusive);

function boundOf(node: JsonSchemaObject, keyword: string, exclusive: boolean): Bound[] {
  const value = numberOf(node, keyword);
  return value === undefined ? [] : [{ value, exclusive }];
}

const tightest = (bounds: Bound[], tighter: (a: Bound, b: Bound) => boolean) =>
  bounds.reduce<Bound | undefined>(
    (best, next) => (!best || tighter(next, best) ? next : best),
    undefined,
  );

/** The tighter of `minimum` and `exclusiveMinimum`; over the integers `> 0` reads as `>= 1`. */
export function lowerBound(node: JsonSchemaObject, integer: boolean): Bound | undefined {
  const bound = tightest(
    [...boundOf(node, 'minimum', false), ...boundOf(node, 'exclusiveMinimum', true)],
    tighterLower,
  );
  if (!bound || !integer) return bound;
  const value = bound.exclusive ? Math.floor(bound.value) + 1 : Math.ceil(bound.value);
  return { value, exclusive: false };
}

/** The tighter of `maximum` and `exclusiveMaximum`; over the integers `< 10` reads as `<= 9`. */
export function upperBound(node: JsonSchemaObject, integer: boolean): Bound | undefined {
  const bound = tightest(
    [...boundOf(node, 'maximum', false), ...boundOf(node, 'exclusiveMaximum', true)],
    tighterUpper,
  );
  if (!bound || !integer) return bound;
  const value = bound.exclusive ? Math.ceil(bound.value) - 1 : Math.floor(bound.value);
  return { value, exclusive: false };
}

export const violatesLower = (at: Bound, bound: Bound | undefined): boolean =>
  !!bound && (at.value < bound.value || (at.value === bound.value && bound.exclusive));
export const violatesUpper = (at: Bound, bound: Bound | undefined): boolean =>
  !!bound && (at.value > bound.value || (at.value === bound.value && bound.exclusive));

const show = ({ value, exclusive }: Bound): string =>
  exclusive ? `${value} (exclusive)` : String(value);

/** Raising a lower bound rejects the stored values between the old bound and the new one. */
export function lowerBoundProblems(
  path: string,
  keyword: string,
  registered: Bound | undefined,
  current: Bound | undefined,
): Problem[] {
  if (!current) return [];
  if (!registered) return [problem(path, `${keyword} added: ${show(current)}`)];
  if (!tighterLower(current, registered)) return [];
  return [problem(path, `${keyword} raised from ${show(registered)} to ${show(current)}`)];
}

export function upperBoundProblems(
  path: string,
  keyword: string,
  registered: Bound | undefined,
  current: Bound | undefined,
): Problem[] {
  if (!current) return [];
  if (!registered) return [problem(path, `${keyword} added: ${show(current)}`)];
  if (!tighterUpper(current, registered)) return [];
  return [problem(path, `${keyword} lowered from ${show(registered)} to ${show(current)}`)];
}

/** Length, item and property counts (`minLength`/`maxLength`, …); an absent minimum is 0. */
export function countProblems(
  path: string,
  registered: JsonSchemaObject,
  current: JsonSchemaObject,
  [min, max]: readonly [string, string],
): Problem[] {
  const count = (node: JsonSchemaObject, keyword: string) => boundOf(node, keyword, false)[0];
  return [
    ...lowerBoundProblems(
      path,
      min,
      count(registered, min) ?? { value: 0, exclusive: false },
      count(current, min),
    ),
    ...upperBoundProblems(path, max, count(registered, max), count(current, max)),
  ];
}

export function isMultiple(value: number, of: number): boolean {
  const quotient = value / of;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}
