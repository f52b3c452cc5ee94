import {
  type BundleRecord,
  bundleListingId,
  type DeclarationRecord,
  type Need,
  type NeedStatus,
} from '@openlicense/domain';
import type { ListingFeatures, NeedFeatures } from '@openlicense/matching';

/** How many matches are kept per need, and per listing, each time one changes. */
export const MATCH_TOP_K = 20;

/** Needs the matcher proposes listings for: published and not yet resolved. */
export const MATCHABLE_NEED_STATUSES: readonly NeedStatus[] = ['open', 'matched', 'in_negotiation'];

export const isMatchableNeed = (need: Pick<Need, 'status'>) => MATCHABLE_NEED_STATUSES.includes(need.status);
export const isMatchableDeclaration = (record: Pick<DeclarationRecord, 'status'>) =>
  record.status === 'published';
export const isMatchableBundle = (record: Pick<BundleRecord, 'status'>) => record.status === 'published';

/** A need as the engine reads it. */
export function needFeatures(need: Need): NeedFeatures {
  return {
    id: need.id,
    enterpriseOrgId: need.ownerOrgId,
    title: need.title,
    description: need.description,
    targets: need.targets,
    industryChains: need.industryChains,
    ...(need.ipc ? { ipc: need.ipc } : {}),
    ...(need.budget ? { budget: need.budget } : {}),
    dealTypes: need.dealTypes,
    regionCode: need.regionCode,
  };
}

/** A published declaration as the engine reads it: the catalogue's copy of its patent and holder. */
export function declarationFeatures(record: DeclarationRecord): ListingFeatures {
  const { listing } = record;
  return {
    id: record.id,
    kind: 'listing',
    title: listing.title,
    ...(listing.abstract ? { abstract: listing.abstract } : {}),
    keywords: listing.keywords,
    ipc: listing.ipc,
    industryChains: listing.industryChains,
    regionCode: listing.holderRegionCode,
    holderName: listing.holderName,
    royalty: record.royalty,
    period: { start: record.period.start, end: record.period.end },
  };
}

const unique = (values: Iterable<string>) => [...new Set(values)];

/**
 * A published bundle as the engine reads it, under the id `bundle:<id>`: its name, its description and its
 * members' titles as text, the union of their IPC codes and industry chains, and the organiser as holder
 * (`regionCode` is the organiser's).
 */
export function bundleFeatures(record: BundleRecord, regionCode: string): ListingFeatures {
  const memberTitles = record.members.map((m) => m.title);
  return {
    id: bundleListingId(record.id),
    kind: 'bundle',
    title: record.name,
    abstract: [record.description, ...memberTitles].filter((text) => text.length > 0).join('；'),
    keywords: [],
    ipc: unique(record.members.flatMap((m) => m.ipc)),
    industryChains: unique(record.members.flatMap((m) => m.industryChains)),
    regionCode,
    holderName: record.organiserName,
    royalty: record.royalty,
    period: { start: record.period.start, end: record.period.end },
  };
}
