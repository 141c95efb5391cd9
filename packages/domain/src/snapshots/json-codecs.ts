import { z } from 'zod';

/*
 * zod codecs between values JSON cannot hold and their JSON form, for snapshot schemas:
 * `schema.parse(json)` decodes, `schema.encode(value)` encodes (https://zod.dev/codecs).
 * The decoded side of Map and Set is checked by instanceof only, so that nested codecs (a Map of
 * Dates) run once, on the JSON side.
 */

export const jsonDate = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

export const jsonBigint = z.codec(z.string().regex(/^-?\d+$/), z.bigint(), {
  decode: (text) => BigInt(text),
  encode: (value) => value.toString(),
});

export function jsonMap<Key extends z.ZodType, Value extends z.ZodType>(key: Key, value: Value) {
  const entries = z.array(z.tuple([key, value]));
  // zod types a generic tuple's elements as possibly optional; with these schemas they are not.
  type Entries = z.output<typeof entries>;
  type Decoded = Map<z.output<Key>, z.output<Value>>;
  return z.codec(
    entries,
    z.custom<Decoded>((map) => map instanceof Map),
    {
      decode: (pairs) => new Map(pairs as unknown as [z.output<Key>, z.output<Value>][]),
      encode: (map) => [...map] as unknown as Entries,
    },
  );
}

export const jsonSet = <Item extends z.ZodType>(item: Item) =>
  z.codec(
    z.array(item),
    z.custom<Set<z.output<Item>>>((set) => set instanceof Set),
    {
      decode: (items) => new Set(items),
      encode: (set) => [...set],
    },
  );
