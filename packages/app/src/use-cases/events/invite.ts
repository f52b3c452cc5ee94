import {
  assertEventPlanned,
  DomainError,
  EVENT_KIND_LABELS,
  type InvitationInput,
  type InvitedEnterprise,
  type InvitedListing,
  invitationIssues,
  invitedEvent,
  isBriefingKind,
  type MatchmakingEvent,
  newInvitees,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { audit } from './load-event.ts';

/** What an invited listing id names: a published declaration, or `bundle:<id>` for a published bundle. */
async function invitedListing(deps: AppDeps, listingId: string): Promise<InvitedListing | undefined> {
  if (listingId.startsWith('bundle:')) {
    const bundle = await deps.store.bundles.get(listingId.slice('bundle:'.length));
    if (bundle?.status !== 'published') return undefined;
    return {
      listingId,
      title: bundle.name,
      holderOrgIds: bundle.holders.map((h) => h.orgId),
      holderName: bundle.organiserName,
    };
  }
  const declaration = await deps.store.declarations.get(listingId);
  if (declaration?.status !== 'published') return undefined;
  return {
    listingId,
    title: declaration.listing.title,
    holderOrgIds: [declaration.holderOrgId],
    holderName: declaration.listing.holderName,
  };
}

/**
 * Adds listings (published declarations or bundles; matchmaking only) and approved organisations to a planned
 * event's invitations: enterprises for matchmaking, for a 宣传培训 event organisations of the kinds its
 * audience names. Inviting one again changes nothing. Each invitee (and each invited listing's holder) then
 * sees the event in its list.
 */
export async function invite(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: InvitationInput,
): Promise<MatchmakingEvent> {
  assertEventPlanned(event);
  const added = newInvitees(event, input);
  const [listings, orgs] = await Promise.all([
    Promise.all(added.listingIds.map((id) => invitedListing(deps, id))),
    Promise.all(added.orgIds.map((id) => deps.store.orgs.get(id))),
  ]);
  const issues = invitationIssues(event, input, added, { listings, orgs });
  if (issues.length > 0)
    throw new DomainError('invalid_input', issues.map((i) => i.message).join('；'), 422, issues);
  const addedListings = listings.filter((l): l is InvitedListing => l !== undefined);
  const addedEnterprises: InvitedEnterprise[] = orgs.flatMap((org) =>
    org ? [{ orgId: org.id, name: org.name, orgType: org.type }] : [],
  );
  if (addedListings.length === 0 && addedEnterprises.length === 0) return event;
  const at = deps.now().toISOString();
  const { event: next, reach } = invitedEvent(event, addedListings, addedEnterprises, at);
  return deps.store.events.update(
    event,
    next,
    audit(
      deps,
      principal,
      at,
      'event.invited',
      isBriefingKind(event.kind)
        ? `${EVENT_KIND_LABELS[event.kind]}「${event.title}」邀请 ${addedEnterprises.length} 家机构`
        : `${EVENT_KIND_LABELS[event.kind]}「${event.title}」邀请 ${addedEnterprises.length} 家企业、${addedListings.length} 项成果`,
    ),
    reach,
  );
}
