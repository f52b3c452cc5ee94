import {
  authorize,
  type BundleRecord,
  type DeclarationRecord,
  DomainError,
  isLive,
  listingKindOf,
  type MatchRecord,
  type Need,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';

/** A stored match as screens show it: `pushed` when the pair is held by a push within its dedupe window. */
export type MatchView = MatchRecord & { pushed: boolean };

async function withPushed(deps: AppDeps, matches: MatchRecord[]): Promise<MatchView[]> {
  const pushed = await deps.store.pushes.pushedPairs(matches, deps.now());
  return matches.map((m) => ({ ...m, pushed: pushed.has(`${m.listingId}#${m.enterpriseOrgId}`) }));
}

const LISTING_NOT_FOUND = () => new DomainError('not_found', '未找到该成果 / listing not found', 404);

/** A listing (declaration) or `bundle:<id>`, with the organisations that hold it. */
export type MatchedListing =
  | { kind: 'listing'; declaration: DeclarationRecord; holderOrgIds: string[] }
  | { kind: 'bundle'; bundle: BundleRecord; holderOrgIds: string[] };

/**
 * The listing a match names, or undefined when there is none. A failing read is not "no listing": it
 * propagates, so callers never turn a store outage into a 404 or a "not published" 409.
 */
export async function findMatchedListing(
  deps: AppDeps,
  listingId: string,
): Promise<MatchedListing | undefined> {
  if (listingKindOf(listingId) === 'bundle') {
    const bundle = await deps.store.bundles.get(listingId.slice('bundle:'.length));
    if (!bundle) return undefined;
    return {
      kind: 'bundle',
      bundle,
      holderOrgIds: [bundle.organiserOrgId, ...bundle.holders.map((h) => h.orgId)],
    };
  }
  const declaration = await deps.store.declarations.get(listingId);
  if (!declaration) return undefined;
  return { kind: 'listing', declaration, holderOrgIds: [declaration.holderOrgId] };
}

/** The listing a match names; 404 when there is none. */
export async function loadMatchedListing(deps: AppDeps, listingId: string): Promise<MatchedListing> {
  const listing = await findMatchedListing(deps, listingId);
  if (!listing) throw LISTING_NOT_FOUND();
  return listing;
}

/** The organisation whose ownership the policy weighs: the caller's own when it holds the listing. */
export function listingOwner(listing: MatchedListing, principal: Principal | undefined): string {
  const own = principal?.membership?.orgId;
  return own && listing.holderOrgIds.includes(own) ? own : (listing.holderOrgIds[0] as string);
}

/** IPC codes of a listing's patents, for "wrong field" feedback. */
export async function listingIpc(deps: AppDeps, listingId: string): Promise<string[] | undefined> {
  const listing = await findMatchedListing(deps, listingId);
  if (!listing) return undefined;
  if (listing.kind === 'bundle') return listing.bundle.members.flatMap((m) => m.ipc);
  return (await deps.store.patents.get(listing.declaration.patentNumber))?.ipc;
}

/** The enterprises that authorised the caller's agency or park today. */
async function authorisingEnterprises(deps: AppDeps, principal: Principal): Promise<Set<string>> {
  const m = principal.membership;
  if (!m || (m.orgType !== 'agency' && m.orgType !== 'park')) return new Set();
  const today = chinaToday(deps.now());
  const held = await deps.store.authorisations.listByAgent(m.orgId);
  return new Set(held.filter((auth) => isLive(auth, today)).map((auth) => auth.enterpriseOrgId));
}

/** The need's matches, best first (the caller may read the need: the route asked the policy). */
export async function needMatches(
  deps: AppDeps,
  needId: string,
  limit: number,
): Promise<{ items: MatchView[] }> {
  return { items: await withPushed(deps, await deps.store.matches.listByNeed(needId, limit)) };
}

/** The listing's matches, best first, keeping only the needs the caller may see. */
export async function listingMatches(
  deps: AppDeps,
  principal: Principal,
  listingId: string,
  limit: number,
): Promise<{ items: MatchView[] }> {
  const matches = await deps.store.matches.listByListing(listingId, limit);
  const [needs, live] = await Promise.all([
    Promise.all(matches.map((m) => deps.store.needs.get(m.needId))),
    authorisingEnterprises(deps, principal),
  ]);
  const visible = (need: Need | undefined) =>
    need !== undefined &&
    authorize(principal, 'need.read', { need, liveAuthorisation: live.has(need.ownerOrgId) }).allow;
  return {
    items: await withPushed(
      deps,
      matches.filter((_, i) => visible(needs[i])),
    ),
  };
}
