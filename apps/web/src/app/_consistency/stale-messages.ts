import type { ProjectionFreshness } from '~/server/trpc/routers/freshness/status.types';
import type { ProjectionName } from './awaited-write';

/** How a read model is named to shoppers: what may be behind, and the thing that is behind. */
const wording: Record<ProjectionName, { readonly what: string; readonly source: string }> = {
  catalog: { what: 'Prices', source: 'the catalog' },
  'product-detail': { what: 'Product details', source: 'the product page' },
  'inventory-levels': { what: 'Stock levels', source: 'the stock list' },
  cart: { what: 'Your cart', source: 'the cart' },
  'customer-orders': { what: 'Your orders', source: 'the order list' },
  'admin-orders': { what: 'Orders', source: 'the order list' },
  'order-history': { what: 'Order history', source: 'the order history' },
  search: { what: 'Search results', source: 'the search index' },
  'search-postgres': { what: 'Search results', source: 'the search index' },
  'search-elasticsearch': { what: 'Search results', source: 'the search index' },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Who reads the banner: an admin is told what to do about a failure, a shopper only what it means. */
export type BannerAudience = 'shopper' | 'admin';

/** The sentence a stale read model earns, or null while it is live. */
export function staleMessage(
  freshness: Pick<ProjectionFreshness, 'projection' | 'status'>,
  audience: BannerAudience = 'shopper',
): string | null {
  const { what, source } = wording[freshness.projection];
  switch (freshness.status) {
    case 'live':
      return null;
    case 'lagging':
      return `${what} may be a few seconds behind — ${source} is catching up.`;
    case 'stalled':
      return `${what} may be out of date — updates to ${source} are paused and will appear once it resumes.`;
    case 'rebuilding':
      return `${capitalised(source)} is being rebuilt; you are seeing the previous version.`;
    case 'failed':
      return audience === 'admin'
        ? `${capitalised(source)} could not apply some updates and misses them until they are retried in the projections console.`
        : `${what} may be missing recent changes — we could not update ${source} and are looking into it.`;
    default: {
      const unknown: never = freshness.status;
      return unknown;
    }
  }
}

/** One sentence per stale read model, without repeats (two search names say the same). */
export function staleMessages(
  projections: readonly Pick<ProjectionFreshness, 'projection' | 'status'>[],
  audience: BannerAudience = 'shopper',
): string[] {
  return [...new Set(projections.flatMap((freshness) => staleMessage(freshness, audience) ?? []))];
}
