import { describe, expect, it } from 'vitest';
import { staleMessage, staleMessages } from './stale-messages';

describe('staleMessage', () => {
  it('says nothing while the read model is live', () => {
    expect(staleMessage({ projection: 'catalog', status: 'live' })).toBeNull();
  });

  it('names what may be behind and why', () => {
    expect(staleMessage({ projection: 'catalog', status: 'lagging' })).toBe(
      'Prices may be a few seconds behind — the catalog is catching up.',
    );
    expect(staleMessage({ projection: 'catalog', status: 'rebuilding' })).toBe(
      'The catalog is being rebuilt; you are seeing the previous version.',
    );
    expect(staleMessage({ projection: 'search', status: 'stalled' })).toBe(
      'Search results may be out of date — updates to the search index are paused and will appear once it resumes.',
    );
  });
});

describe('staleMessages', () => {
  it('lists one sentence per stale read model, without repeats', () => {
    expect(
      staleMessages([
        { projection: 'catalog', status: 'live' },
        { projection: 'search', status: 'lagging' },
        { projection: 'search-postgres', status: 'lagging' },
        { projection: 'product-detail', status: 'rebuilding' },
      ]),
    ).toEqual([
      'Search results may be a few seconds behind — the search index is catching up.',
      'The product page is being rebuilt; you are seeing the previous version.',
    ]);
  });
});
