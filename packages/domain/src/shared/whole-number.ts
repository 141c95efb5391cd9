import { z } from 'zod';

interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** A count between `min` and `max`, with messages that name the field. */
export function wholeNumber(label: string, { min, max }: Bounds) {
  const notWhole = `${label} must be a whole number`;
  return z
    .number({ error: notWhole })
    .int(notWhole)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);
}

// Number('') is 0 and Number('1e3') is 1000: only plain digits count as a number typed in a form.
const fromDigits = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The same count as a form sends it ("3") or as JSON (3). */
export const wholeNumberInput = (label: string, bounds: Bounds) =>
  z
    .union([z.number(), z.string().transform(fromDigits)], {
      error: `${label} must be a whole number`,
    })
    .pipe(wholeNumber(label, bounds));
