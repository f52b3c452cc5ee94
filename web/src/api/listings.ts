import type { CataloguePage, ChainCount, ListingDetail, ListingPage } from '@openlicense/contract/listings';
import type { Requester } from './client.ts';
import type { PatentType } from './patents.ts';
import { type ExpectedVolumes, type RoyaltyEstimate, type RoyaltyMethod, volumesQuery } from './royalty.ts';

/**
 * Wire types of the public catalogue (公开目录), served without sign-in by `/api/listings`: the responses come from
 * the API contract. Web-only: the search form's filters, typed as the page holds them; the server's query schema
 * takes them as strings and parses them (`@openlicense/contract` has no query shape to infer from).
 */
export interface ListingFilters {
  /** Keywords; Chinese is segmented and results ranked by relevance. */
  q?: string;
  /** IPC at any level: `H`, `H01`, `H01M`, `H01M 10/00`, `H01M 10/052`. */
  ipc?: string;
  industryChain?: string;
  patentType?: PatentType;
  royaltyMethod?: RoyaltyMethod;
  /** The fixed part of the price (lump sum, entry fee or instalments' total), in fen. */
  minPriceFen?: number;
  maxPriceFen?: number;
  /** The holder organisation's id. */
  holder?: string;
  /** A region code or its prefix: province `43`, city `4301`, county `430102`. */
  region?: string;
}

/** What the catalogue lists: single-patent listings, bundles and public patent pools, or both. */
export type CatalogueKind = 'all' | 'listing' | 'bundle';

export type {
  BundleCard,
  CatalogueItem,
  CataloguePage,
  ChainCount,
  ListingCard,
  ListingDetail,
  ListingHolder,
  ListingPage,
  PublishedDeclaration,
  RoyaltySummary,
} from '@openlicense/contract/listings';

const path = (id: string) => `/api/listings/${encodeURIComponent(id)}`;

function listingQuery(filters: ListingFilters, cursor: string | undefined, limit: number): URLSearchParams {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && String(value).trim() !== '') query.set(key, String(value).trim());
  if (cursor) query.set('cursor', cursor);
  return query;
}

export function listingsApi(request: Requester) {
  return {
    /** The chains the catalogue's listings name, most listings first: the chain filter's choices. */
    industryChains: (kind: CatalogueKind = 'listing') =>
      request<{ items: ChainCount[] }>(`/api/listings/industry-chains?kind=${kind}`),
    search: (filters: ListingFilters, cursor?: string, limit = 20) =>
      request<ListingPage>(`/api/listings?${listingQuery(filters, cursor, limit)}`),
    /** Listings, bundles or both (`kind`), newest first or by relevance: the catalogue page's list. */
    browse: (kind: CatalogueKind, filters: ListingFilters, cursor?: string, limit = 20) =>
      request<CataloguePage>(`/api/listings?${listingQuery(filters, cursor, limit)}&kind=${kind}`),
    get: (id: string) => request<ListingDetail>(path(id)),
    royalty: (id: string, volumes: ExpectedVolumes) =>
      request<RoyaltyEstimate>(`${path(id)}/royalty${volumesQuery(volumes)}`),
  };
}

export type ListingsApi = ReturnType<typeof listingsApi>;
