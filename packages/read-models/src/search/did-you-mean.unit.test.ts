import { describe, expect, it } from 'vitest';
import { composeSuggestion, correctableWords, fewHits, wantsSuggestion } from './did-you-mean';

describe('did you mean', () => {
  it('looks up words long enough to correct, once each, in lower case', () => {
    expect(correctableWords('Lmap, lmap to 2024 Café-bar')).toEqual(['lmap', 'café', 'bar']);
  });

  it('replaces corrected words and keeps the others', () => {
    const corrections = new Map([['lmap', 'lamp']]);
    expect(composeSuggestion('Desk  LMAP!', corrections)).toBe('desk lamp');
  });

  it('has nothing to suggest when no word changes', () => {
    expect(composeSuggestion('desk lamp', new Map([['lamp', 'lamp']]))).toBeUndefined();
    expect(composeSuggestion('desk lamp', new Map())).toBeUndefined();
  });

  it('is wanted only for few hits and a text with words to correct', () => {
    expect(wantsSuggestion('lmap', 0)).toBe(true);
    expect(wantsSuggestion('lmap', fewHits)).toBe(false);
    expect(wantsSuggestion('', 0)).toBe(false);
    expect(wantsSuggestion('4k tv', 0)).toBe(false);
  });
});
