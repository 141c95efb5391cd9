import { z } from 'zod';

/**
 * The catalog's field rules, shared by the commands (what may be decided) and the admin inputs
 * (what a form may send). Stored events use looser schemas of their own: a rule tightened later
 * must not make old events unreadable.
 */
export const productIdSchema = z.uuid('Product id must be a UUID');

export const productNameSchema = z
  .string()
  .trim()
  .min(1, 'Name is required')
  .max(120, 'Name must be at most 120 characters');

export const productDescriptionSchema = z
  .string()
  .trim()
  .max(2000, 'Description must be at most 2000 characters');

/** The category of products added before categories existed, and of those added without one. */
export const uncategorised = 'uncategorised';

/** A category is a URL-safe slug (`home-decor`), so the storefront can link to it unchanged. */
export const categorySchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'Category is required', abort: true })
  .max(40, 'Category must be at most 40 characters')
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Category may use letters, digits and single dashes, such as home-decor',
  );

export const maxTags = 10;

/** One tag, normalised so that `Gift`, ` gift ` and `GIFT` are the same tag. */
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((tag) => tag.replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, { error: 'A tag cannot be empty', abort: true })
      .max(30, 'A tag must be at most 30 characters')
      .regex(
        /^[\p{L}\p{N}]+([ -][\p{L}\p{N}]+)*$/u,
        'Tags may use letters, digits, single spaces and dashes',
      ),
  );

/** A set of tags: normalised, duplicates dropped (the first one's place kept), at most `maxTags`. */
export const tagsSchema = z
  .array(tagSchema)
  .transform((tags) => [...new Set(tags)])
  .refine((tags) => tags.length <= maxTags, `At most ${maxTags} tags`);

/** Why a product left the catalog; a blank reason is no reason. */
export const discontinueReasonSchema = z
  .string()
  .trim()
  .max(500, 'Reason must be at most 500 characters')
  .transform((reason) => (reason === '' ? undefined : reason));

/** Tag sets compare without order: `[a, b]` and `[b, a]` are the same set. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const [setA, setB] = [new Set(a), new Set(b)];
  return setA.size === setB.size && [...setB].every((tag) => setA.has(tag));
}
