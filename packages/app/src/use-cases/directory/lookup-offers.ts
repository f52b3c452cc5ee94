import type { DirectoryOffer, DirectoryOfferQuery } from '@openlicense/contract/directory';
import type { BundleRecord } from '@openlicense/domain';
import type { ListingCard } from '../../catalogue/listing-card.ts';
import type { AppDeps } from '../../deps.ts';
import { lookupOrgs } from './lookup-orgs.ts';
import { matchesLookup } from './lookup-text.ts';

type Deps = Pick<AppDeps, 'store' | 'catalogue'>;

/** Holders whose listings a name search brings in: the first few whose name holds `q`. */
const MAX_HOLDERS = 5;

const listingOffer = (card: ListingCard): DirectoryOffer => ({
  id: card.id,
  kind: 'listing',
  title: card.title,
  patentNumbers: [card.patentNumber],
  holderNames: [card.holder.name],
});

const bundleOffer = (bundle: BundleRecord): DirectoryOffer => ({
  id: `bundle:${bundle.id}`,
  kind: 'bundle',
  title: bundle.name,
  patentNumbers: bundle.members.map((member) => member.patentNumber),
  holderNames: [...new Set([bundle.organiserName, ...bundle.holders.map((holder) => holder.name)])],
});

/**
 * Published open licences and bundles a picker offers for `q`: listings by title, keyword or patent number
 * (the catalogue's search) and by their holder's name; bundles by name, member number or title, organiser or
 * holder. At most `limit` of each kind, listings first. Ids are what an invitation or a deal names.
 */
export async function lookupOffers(deps: Deps, query: DirectoryOfferQuery): Promise<DirectoryOffer[]> {
  const [listings, bundles] = await Promise.all([
    query.kind === 'bundle' ? [] : publishedListings(deps, query),
    query.kind === 'listing' ? [] : publishedBundles(deps, query),
  ]);
  return [...listings, ...bundles];
}

async function publishedListings(deps: Deps, query: DirectoryOfferQuery): Promise<DirectoryOffer[]> {
  const found = new Map<string, DirectoryOffer>();
  const page = await deps.catalogue.search({ q: query.q, limit: query.limit });
  for (const card of page.items) found.set(card.id, listingOffer(card));
  if (query.q && found.size < query.limit) {
    const holders = await lookupOrgs(deps, {
      type: ['university', 'enterprise', 'park'],
      q: query.q,
      limit: MAX_HOLDERS,
    });
    const pages = await Promise.all(
      holders.map((holder) => deps.catalogue.search({ holder: holder.id, limit: query.limit })),
    );
    for (const card of pages.flatMap((held) => held.items))
      if (!found.has(card.id)) found.set(card.id, listingOffer(card));
  }
  return [...found.values()].slice(0, query.limit);
}

async function publishedBundles(deps: Deps, query: DirectoryOfferQuery): Promise<DirectoryOffer[]> {
  const found: DirectoryOffer[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.bundles.listByStatus('published', { limit: 100, cursor });
    for (const bundle of page.items)
      if (
        matchesLookup(query.q, {
          names: [
            bundle.name,
            bundle.organiserName,
            ...bundle.holders.map((holder) => holder.name),
            ...bundle.members.map((member) => member.title),
          ],
          numbers: bundle.members.map((member) => member.patentNumber),
        })
      )
        found.push(bundleOffer(bundle));
    cursor = page.nextCursor;
  } while (cursor && found.length < query.limit);
  return found.slice(0, query.limit);
}
