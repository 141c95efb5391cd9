/** A page's search params as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A repeated parameter counts by its first value; an empty one is absent. */
export function firstValue(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

export function allValues(params: SearchParams, name: string): string[] {
  const value = params[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((entry) => entry.trim()).filter(Boolean);
}

/** A URL value that could not be used, with the sentence that says why. */
export interface UrlProblem {
  readonly param: string;
  readonly message: string;
}

export type Parsed<Value> =
  | { readonly ok: true; readonly value: Value | undefined }
  | { readonly ok: false; readonly problem: UrlProblem };

/** Collects the problems of several parsed values while handing over the usable ones. */
export function problemCollector() {
  const problems: UrlProblem[] = [];
  const usable = <Value>(parsed: Parsed<Value>): Value | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push(parsed.problem);
    return undefined;
  };
  return { problems, usable };
}

const amountPattern = /^\d{1,8}(?:\.\d{1,2})?$/;

/**
 * A price typed as an amount (`12`, `12.5`, `12.50`) in minor units, 1250. Minor units are cents for
 * every currency the shop sells in.
 */
export function parsePrice(params: SearchParams, param: string, label: string): Parsed<number> {
  const text = firstValue(params, param);
  if (text === undefined) return { ok: true, value: undefined };
  if (text.startsWith('-'))
    return { ok: false, problem: { param, message: `${label} cannot be negative` } };
  if (!amountPattern.test(text)) {
    return { ok: false, problem: { param, message: `${label} must be an amount such as 12.50` } };
  }
  const [units = '0', cents = ''] = text.split('.');
  return { ok: true, value: Number(units) * 100 + Number(cents.padEnd(2, '0')) };
}

/** Minor units back as the amount a shopper types: 1250 → "12.50", 1200 → "12". */
export function formatPrice(minor: number): string {
  const units = Math.trunc(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(units) : `${units}.${String(cents).padStart(2, '0')}`;
}

/** A page number; anything but a whole number from 1 is a problem (the schemas bound it above). */
export function parsePage(params: SearchParams, param = 'page'): Parsed<number> {
  const text = firstValue(params, param);
  if (text === undefined) return { ok: true, value: undefined };
  if (!/^-?\d{1,9}$/.test(text)) {
    return { ok: false, problem: { param, message: 'Page must be a whole number' } };
  }
  const page = Number(text);
  if (page < 1) return { ok: false, problem: { param, message: 'Pages start at 1' } };
  return { ok: true, value: page };
}

/** One of a fixed list of URL words, or the default. */
export function parseChoice<Word extends string>(
  params: SearchParams,
  param: string,
  words: readonly Word[],
  label: string,
): Parsed<Word> {
  const text = firstValue(params, param);
  if (text === undefined) return { ok: true, value: undefined };
  const word = words.find((candidate) => candidate === text);
  if (word === undefined) {
    return {
      ok: false,
      problem: { param, message: `${label} must be one of: ${words.join(', ')}` },
    };
  }
  return { ok: true, value: word };
}

export const isChecked = (params: SearchParams, param: string): boolean =>
  ['1', 'true', 'on', 'yes'].includes(firstValue(params, param) ?? '');

/** A query string from entries, leaving out the absent ones, in the order given. */
export function queryString(entries: readonly (readonly [string, string | undefined])[]): string {
  const query = new URLSearchParams();
  for (const [name, value] of entries)
    if (value !== undefined && value !== '') query.append(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The refinements both product listings share: price range, stock, sort and page. */
export interface Refinements<Sort extends string> {
  readonly minPriceMinor?: number;
  readonly maxPriceMinor?: number;
  readonly inStock: boolean;
  readonly sort: Sort;
  readonly page: number;
}

/** Reads `min`, `max`, `in-stock`, `sort` and `page`; an upside-down price range loses its maximum. */
export function refinementsFrom<Sort extends string>(
  params: SearchParams,
  { problems, usable }: ReturnType<typeof problemCollector>,
  sorts: readonly [Sort, ...Sort[]],
): Refinements<Sort> {
  const minPriceMinor = usable(parsePrice(params, 'min', 'Minimum price'));
  let maxPriceMinor = usable(parsePrice(params, 'max', 'Maximum price'));
  if (minPriceMinor !== undefined && maxPriceMinor !== undefined && minPriceMinor > maxPriceMinor) {
    problems.push({ param: 'max', message: 'Minimum price must not be above the maximum price' });
    maxPriceMinor = undefined;
  }
  return {
    ...(minPriceMinor !== undefined && { minPriceMinor }),
    ...(maxPriceMinor !== undefined && { maxPriceMinor }),
    inStock: isChecked(params, 'in-stock'),
    sort: usable(parseChoice(params, 'sort', sorts, 'Sort')) ?? sorts[0],
    page: usable(parsePage(params)) ?? 1,
  };
}

/** The refinements' query-string entries; the first sort is the default and is left out. */
export function refinementEntries<Sort extends string>(
  refinements: Refinements<Sort>,
  sorts: readonly [Sort, ...Sort[]],
): [string, string | undefined][] {
  const price = (minor: number | undefined) =>
    minor === undefined ? undefined : formatPrice(minor);
  return [
    ['min', price(refinements.minPriceMinor)],
    ['max', price(refinements.maxPriceMinor)],
    ['in-stock', refinements.inStock ? '1' : undefined],
    ['sort', refinements.sort === sorts[0] ? undefined : refinements.sort],
    ['page', refinements.page === 1 ? undefined : String(refinements.page)],
  ];
}
