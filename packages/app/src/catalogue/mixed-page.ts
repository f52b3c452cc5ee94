import type { BundleCard, CatalogueItem, ListingCard } from '@openlicense/contract/listings';

/** What the catalogue lists: single-patent listings (the default), bundles and pools, or both. */
export const CATALOGUE_KINDS = ['all', 'listing', 'bundle'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

/** A page of the mixed list, with where the next one starts (absent on the last). */
export interface MixedPage<Position> {
  items: CatalogueItem[];
  next?: Position;
  total: number;
}

/** Listings from a ranking or a newest-first order, as the listing index pages them. */
export interface ListingSlice {
  items: ListingCard[];
  /** Whether the index has more after these. */
  more: boolean;
  total: number;
}

const sortKeyOf = (card: { publishedAt: string; id: string }) => `${card.publishedAt}#${card.id}`;

/** Bundles alone, `limit` from `offset` of their order. */
export function bundlesOnly(
  bundles: readonly BundleCard[],
  offset: number,
  limit: number,
): MixedPage<number> {
  const items = bundles.slice(offset, offset + limit);
  const next = offset + limit;
  return next < bundles.length ? { items, next, total: bundles.length } : { items, total: bundles.length };
}

/**
 * A keyword search over both kinds: the bundles that match come first (a pool is the broader offer, and there
 * are few), then the listings in the index's ranking. `offset` counts over the whole list; `listingsAt` gives
 * the listings from an offset into their own ranking (its total even when asked for none).
 *
 * @example rankedMix([pool], 0, 20, at) // [pool, …the first 19 listings]
 */
export function rankedMix(
  bundles: readonly BundleCard[],
  offset: number,
  limit: number,
  listingsAt: (offset: number, limit: number) => ListingSlice,
): MixedPage<number> {
  const head = bundles.slice(offset, offset + limit);
  const listingOffset = Math.max(0, offset - bundles.length);
  const listings = listingsAt(listingOffset, limit - head.length);
  const items: CatalogueItem[] = [...head, ...listings.items.slice(0, limit - head.length)];
  const total = bundles.length + listings.total;
  const next = offset + limit;
  return next < total ? { items, next, total } : { items, total };
}

/**
 * Both kinds newest first, merged on `publishedAt#id` (the listings' own order key): a page continues after
 * the last row shown, so rows published meanwhile never shift it. `listingsAfter` gives up to `limit`
 * listings older than a key (all when none).
 */
export function newestMix(
  bundles: readonly BundleCard[],
  after: string | undefined,
  limit: number,
  listingsAfter: (after: string | undefined, limit: number) => ListingSlice,
): MixedPage<string> {
  const listings = listingsAfter(after, limit);
  const older = bundles.filter((card) => after === undefined || sortKeyOf(card) < after);
  const merged: CatalogueItem[] = [...listings.items, ...older].sort((a, b) => {
    const ka = sortKeyOf(a);
    const kb = sortKeyOf(b);
    return ka > kb ? -1 : ka < kb ? 1 : 0;
  });
  const items = merged.slice(0, limit);
  const total = listings.total + bundles.length;
  const last = items[items.length - 1];
  const more = merged.length > limit || listings.more;
  return more && last ? { items, next: sortKeyOf(last), total } : { items, total };
}
