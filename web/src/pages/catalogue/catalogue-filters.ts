import type { CatalogueKind, ListingFilters } from '../../api/listings.ts';
import { PATENT_TYPES, type PatentType } from '../../api/patents.ts';
import { ROYALTY_METHODS, type RoyaltyMethod } from '../../api/royalty.ts';
import { parseYuan } from '../../format/money.ts';

/**
 * The catalogue search as the hash keeps it, every value as typed (`#/catalogue?q=荧光探针&maxPrice=50`), so
 * a search is a link. Prices are in 万元, as buyers quote them; the holder is an organisation id with its
 * name beside it for the screen.
 */
export interface CatalogueSearch {
  /** Single patents or bundles; empty lists both. */
  kind: Exclude<CatalogueKind, 'all'> | '';
  q: string;
  ipc: string;
  industryChain: string;
  patentType: PatentType | '';
  royaltyMethod: RoyaltyMethod | '';
  minPrice: string;
  maxPrice: string;
  holder: string;
  holderName: string;
  region: string;
}

const KEYS = [
  'kind',
  'q',
  'ipc',
  'industryChain',
  'patentType',
  'royaltyMethod',
  'minPrice',
  'maxPrice',
  'holder',
  'holderName',
  'region',
] as const satisfies readonly (keyof CatalogueSearch)[];

export function searchFromQuery(query: URLSearchParams): CatalogueSearch {
  const text = (key: string) => query.get(key)?.trim() ?? '';
  const patentType = text('patentType');
  const royaltyMethod = text('royaltyMethod');
  const kind = text('kind');
  return {
    kind: kind === 'listing' || kind === 'bundle' ? kind : '',
    q: text('q'),
    ipc: text('ipc'),
    industryChain: text('industryChain'),
    patentType: (PATENT_TYPES as readonly string[]).includes(patentType) ? (patentType as PatentType) : '',
    royaltyMethod: (ROYALTY_METHODS as readonly string[]).includes(royaltyMethod)
      ? (royaltyMethod as RoyaltyMethod)
      : '',
    minPrice: text('minPrice'),
    maxPrice: text('maxPrice'),
    holder: text('holder'),
    holderName: text('holderName'),
    region: text('region'),
  };
}

export function searchToQuery(search: CatalogueSearch): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const key of KEYS) query[key] = search[key].trim() || undefined;
  // A holder's name means nothing without its id.
  if (!query.holder) query.holderName = undefined;
  return query;
}

/**
 * An amount typed in 万元 (`50`, `12.5`, `50万`, `50万元`) → fen; `undefined` for blank, `null` when unreadable.
 *
 * @example wanToFen('12.5') // 12_500_000
 */
export function wanToFen(text: string): number | undefined | null {
  const compact = text
    .normalize('NFKC')
    .trim()
    .replace(/万元?$/, '');
  if (compact === '') return undefined;
  const parsed = parseYuan(`${compact}万`);
  return parsed.ok ? (parsed.fen ?? undefined) : null;
}

export type FiltersResult =
  | { ok: true; filters: ListingFilters }
  | { ok: false; errors: Partial<Record<'minPrice' | 'maxPrice', true>> };

/** The search → the API's filters; a price range that cannot be read is refused by field. */
export function searchToFilters(search: CatalogueSearch): FiltersResult {
  const min = wanToFen(search.minPrice);
  const max = wanToFen(search.maxPrice);
  if (min === null || max === null)
    return {
      ok: false,
      errors: { ...(min === null ? { minPrice: true } : {}), ...(max === null ? { maxPrice: true } : {}) },
    };
  const filters: ListingFilters = {};
  if (search.q) filters.q = search.q;
  if (search.ipc) filters.ipc = search.ipc;
  if (search.industryChain) filters.industryChain = search.industryChain;
  if (search.patentType) filters.patentType = search.patentType;
  if (search.royaltyMethod) filters.royaltyMethod = search.royaltyMethod;
  if (min !== undefined) filters.minPriceFen = min;
  if (max !== undefined) filters.maxPriceFen = max;
  if (search.holder) filters.holder = search.holder;
  if (search.region) filters.region = search.region;
  return { ok: true, filters };
}

/** Whether anything in the filter panel narrows the catalogue (the keywords and the kind are outside it). */
export function hasFilters(search: CatalogueSearch): boolean {
  return KEYS.some((key) => key !== 'q' && key !== 'kind' && key !== 'holderName' && search[key] !== '');
}

/** The kind the API lists for `search`: both unless one is chosen. */
export const kindOf = (search: CatalogueSearch): CatalogueKind => search.kind || 'all';
