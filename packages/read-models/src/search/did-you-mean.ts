/**
 * "Did you mean": both engines find the closest known word for each word of the query (pg_trgm
 * similarity, Elasticsearch's term suggester); this composes the suggestion the same way for both.
 */

/** A query with fewer hits than this gets a suggestion, when a better spelling exists. */
export const fewHits = 5;

/** Shorter words are not corrected: too many words are one edit away from them. */
export const minCorrectedWordLength = 3;

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a text as both engines index them for suggestions: lower case, letters and digits. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(wordPattern) ?? [];

/** The words worth looking up: long enough, not numbers, each once. */
export const correctableWords = (text: string): string[] => [
  ...new Set(
    wordsOf(text).filter(
      (word) => word.length >= minCorrectedWordLength && !/^\p{N}+$/u.test(word),
    ),
  ),
];

/**
 * The query with each word replaced by its correction, or undefined when no word changes (the
 * query was spelled as the catalog spells it, or nothing close was found).
 */
export function composeSuggestion(
  text: string,
  corrections: ReadonlyMap<string, string>,
): string | undefined {
  const words = wordsOf(text);
  const corrected = words.map((word) => corrections.get(word) ?? word);
  return corrected.some((word, index) => word !== words[index]) ? corrected.join(' ') : undefined;
}

export const wantsSuggestion = (text: string, total: number): boolean =>
  total < fewHits && correctableWords(text).length > 0;
