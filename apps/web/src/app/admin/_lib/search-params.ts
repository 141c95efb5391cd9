/** A page's query string as Next.js hands it over. */
export type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** The first value of a parameter: `?a=1&a=2` reads as "1". */
export const firstParam = (params: SearchParams, name: string): string | undefined => {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Every value of a parameter, for checkbox groups: `?status=A&status=B`. */
export const allParams = (params: SearchParams, name: string): string[] => {
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/**
 * A page number from the URL. The URL is user input: anything that is not a whole number from 1
 * up reads as the first page rather than an error.
 */
export function pageParam(params: SearchParams): number {
  const text = firstParam(params, 'page') ?? '';
  const page = /^\d{1,6}$/.test(text) ? Number(text) : 1;
  return page >= 1 ? page : 1;
}

/** A query string from the values that are set, for links that keep a list's filters. */
export function queryString(
  values: Readonly<Record<string, string | readonly string[] | undefined>>,
) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const one of typeof value === 'string' ? [value] : (value ?? [])) {
      if (one !== '') query.append(name, one);
    }
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
