import fc from 'fast-check';

/**
 * Every way the events of two streams may reach a projection: each stream's own order kept (one
 * partition applies it in order), the two mixed arbitrarily (different partitions).
 */
export function interleavings<T>(first: readonly T[], second: readonly T[]): fc.Arbitrary<T[]> {
  const length = first.length + second.length;
  return fc.array(fc.boolean(), { minLength: length, maxLength: length }).map((picks) => {
    const [a, b] = [[...first], [...second]];
    return picks.map((takeFirst) => ((takeFirst && a.length) || !b.length ? a : b).shift() as T);
  });
}
