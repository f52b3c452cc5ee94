import type { Lead } from '@openlicense/domain';
import type { DealDeps } from './load-deal.ts';

/** A push lead with what was pushed, named: the pipeline reads the listing's title, not "the pushed patent". */
export interface LeadView extends Lead {
  title?: string;
  patentNumbers: string[];
}

const offerOf = (listingId: string) =>
  listingId.startsWith('bundle:')
    ? { offerKind: 'bundle' as const, offerId: listingId.slice('bundle:'.length) }
    : { offerKind: 'listing' as const, offerId: listingId };

/**
 * The leads still open, named: a lead whose enterprise has since taken the open licence of what was pushed
 * has nothing left to broker and leaves the list (the licence lock is read for every lead in one batch).
 * Each listing or bundle is read once, however many leads name it.
 */
export async function openLeadViews(deps: DealDeps, leads: readonly Lead[]): Promise<LeadView[]> {
  if (leads.length === 0) return [];
  const held = await deps.store.licences.held(
    leads.map((lead) => ({ ...offerOf(lead.listingId), licenseeOrgId: lead.enterpriseOrgId })),
  );
  const open = leads.filter((lead) => {
    const { offerKind, offerId } = offerOf(lead.listingId);
    return !held.has(`${offerKind}#${offerId}#${lead.enterpriseOrgId}`);
  });
  const ids = [...new Set(open.map((lead) => lead.listingId))];
  const named = new Map(await Promise.all(ids.map(async (id) => [id, await nameOf(deps, id)] as const)));
  return open.map((lead) => {
    const name = named.get(lead.listingId);
    return {
      ...lead,
      ...(name?.title ? { title: name.title } : {}),
      patentNumbers: name?.patentNumbers ?? [],
    };
  });
}

async function nameOf(
  deps: DealDeps,
  listingId: string,
): Promise<{ title?: string; patentNumbers: string[] }> {
  const { offerKind, offerId } = offerOf(listingId);
  if (offerKind === 'bundle') {
    const bundle = await deps.store.bundles.get(offerId);
    return bundle
      ? { title: bundle.name, patentNumbers: bundle.members.map((m) => m.patentNumber) }
      : { patentNumbers: [] };
  }
  const declaration = await deps.store.declarations.get(offerId);
  return declaration
    ? { title: declaration.listing.title, patentNumbers: [declaration.patentNumber] }
    : { patentNumbers: [] };
}
