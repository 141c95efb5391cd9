import { correctableWords } from '../did-you-mean';
import { isListed, type SearchProduct } from '../search-document';

/** The words a listed product contributes to "did you mean"; none once it is no longer listed. */
export function termsOf(product: SearchProduct | null): string[] {
  if (!isListed(product)) return [];
  const { name, description, category, tags } = product;
  return correctableWords([name, description, category, ...tags].join(' '));
}

/** How a product's terms changed: each list holds a word at most once. */
export function diffTerms(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const [was, is] = [new Set(before), new Set(after)];
  return {
    added: [...is].filter((term) => !was.has(term)),
    removed: [...was].filter((term) => !is.has(term)),
  };
}
