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

  it('says plainly when updates failed, and tells only an admin where to retry them', () => {
    const failed = { projection: 'catalog', status: 'failed' } as const;
    expect(staleMessage(failed)).toBe(
      'Prices may be missing recent changes — we could not update the catalog and are looking into it.',
    );
    expect(staleMessage(failed, 'admin')).toBe(
      'The catalog could not apply some updates and misses them until they are retried in the projections console.',
    );
    expect(staleMessage(failed)).not.toMatch(/dead letter|event|projection/i);
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
