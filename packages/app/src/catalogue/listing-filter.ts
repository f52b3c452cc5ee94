import type { PatentType, RoyaltyMethod } from '@openlicense/domain';
import type { ListingCard } from './listing-card.ts';

/** The catalogue's filters, already parsed and canonical (see `routes/listings.ts`). */
export interface ListingFilter {
  /** A canonical IPC symbol at any level: `H`, `H01`, `H01M`, `H01M 10/00`, `H01M 10/052`. */
  ipc?: string | undefined;
  industryChain?: string | undefined;
  patentType?: PatentType | undefined;
  royaltyMethod?: RoyaltyMethod | undefined;
  minPriceFen?: number | undefined;
  maxPriceFen?: number | undefined;
  /** The holder's organisation id. */
  holder?: string | undefined;
  /** A prefix of the holder's region code, as {@link regionPrefix} gives it. */
  region?: string | undefined;
}

/** A listing as the catalogue keeps it: its row, the key it is ordered by and its Chinese characters. */
export interface CatalogueEntry {
  readonly card: ListingCard;
  /** `publishedAt#id`: newest first is this key descending. */
  readonly sortKey: string;
  /** Each Chinese character of its title and keywords once: a one-character search looks here. */
  readonly chars: string;
}

const HAN_CHAR = /\p{Script=Han}/gu;

/** Each Chinese character of `texts` once, in order of first appearance. */
export function hanCharacters(texts: readonly string[]): string {
  return [...new Set(texts.join(' ').normalize('NFKC').match(HAN_CHAR) ?? [])].join('');
}

/** The entry of `card`; `chars` defaults to its title's characters (keywords are not on the card). */
export function catalogueEntry(card: ListingCard, chars = hanCharacters([card.title])): CatalogueEntry {
  return { card, sortKey: `${card.publishedAt}#${card.id}`, chars };
}

const MAIN_GROUP = /^\S+ \d+\/00$/;

/**
 * Whether a listing's canonical IPC code lies at or below the canonical `filter`: the code itself or one of
 * its ancestors (see `ipcAncestors`). Canonical symbols make that a prefix test: a section, class or
 * subclass is a prefix of the codes below it, a main group `H01M 10/00` matches every `H01M 10/…`, and a
 * subgroup only itself (the dot hierarchy between subgroups is not in the symbols).
 *
 * @example ipcMatcher('H01M 10/00')('H01M 10/052') // true
 */
export function ipcMatcher(filter: string): (code: string) => boolean {
  if (MAIN_GROUP.test(filter)) {
    const group = filter.slice(0, -2);
    return (code) => code.startsWith(group);
  }
  if (filter.includes('/')) return (code) => code === filter;
  return (code) => code.startsWith(filter);
}

/**
 * The prefix a region filter compares: trailing `00` pairs of an administrative code name the whole
 * province or city, so `430000` → `43`, `430100` → `4301`, `430102` stays.
 *
 * @example regionPrefix('430100') // '4301'
 */
export function regionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/**
 * A predicate for `filter`: a listing passes when it is in force on `today` (its lapse date not passed) and
 * every given filter holds. An IPC filter matches a listing with a code at or below it; a region filter
 * one whose holder's region code starts with the prefix; a price range compares the fixed part.
 */
export function listingPredicate(filter: ListingFilter, today: string): (entry: CatalogueEntry) => boolean {
  const { ipc, industryChain, patentType, royaltyMethod, minPriceFen, maxPriceFen, holder, region } = filter;
  const ipcMatches = ipc === undefined ? undefined : ipcMatcher(ipc);
  return (entry) => {
    const { card } = entry;
    if (card.lapseDate < today) return false;
    if (patentType !== undefined && card.patentType !== patentType) return false;
    if (royaltyMethod !== undefined && card.royalty.method !== royaltyMethod) return false;
    if (holder !== undefined && card.holder.orgId !== holder) return false;
    if (region !== undefined && !card.holder.regionCode.startsWith(region)) return false;
    if (minPriceFen !== undefined && card.royalty.fixedFen < minPriceFen) return false;
    if (maxPriceFen !== undefined && card.royalty.fixedFen > maxPriceFen) return false;
    if (industryChain !== undefined && !card.industryChains.includes(industryChain)) return false;
    if (ipcMatches !== undefined && !card.ipc.some(ipcMatches)) return false;
    return true;
  };
}
