import {
  EVENT_KIND_LABELS,
  EVENT_MAX_ENTERPRISES,
  EVENT_MAX_LISTINGS,
  type InvitationInput,
  type InvitedEnterprise,
  type InvitedListing,
  isBriefingKind,
  type MatchmakingEvent,
} from './event.ts';

/** An organisation an enterprise invitation names, as the store knows it (absent when unknown). */
export interface InviteeOrg {
  id: string;
  name: string;
  type: string;
  status: string;
}

/**
 * Listings are invited to matchmaking only: a 宣传培训 event (briefing, panel, training) is about open
 * licensing, not about patents on offer, so it invites enterprises (who then register) and no listings.
 */
export function briefingInvitationIssue(
  event: Pick<MatchmakingEvent, 'kind'>,
  input: Pick<InvitationInput, 'listingIds'>,
): { path: string; message: string } | undefined {
  if (!isBriefingKind(event.kind) || input.listingIds.length === 0) return undefined;
  return {
    path: 'listingIds',
    message: `${EVENT_KIND_LABELS[event.kind]}只邀请企业，不邀请成果（成果只在对接活动中邀请）/ a ${event.kind} event invites enterprises, not listings`,
  };
}

/** The listings and enterprises an invitation adds: those not invited yet. */
export function newInvitees(
  event: Pick<MatchmakingEvent, 'invitedListings' | 'invitedOrgIds'>,
  input: InvitationInput,
): { listingIds: string[]; orgIds: string[] } {
  return {
    listingIds: input.listingIds.filter((id) => !event.invitedListings.some((l) => l.listingId === id)),
    orgIds: input.enterpriseOrgIds.filter((id) => !event.invitedOrgIds.includes(id)),
  };
}

/**
 * Everything wrong with an invitation, each naming its field: a listing not published (`listings[i]`
 * undefined for `added.listingIds[i]`), an organisation that is not an approved enterprise, more than 100
 * listings or 300 enterprises in all.
 */
export function invitationIssues(
  event: Pick<MatchmakingEvent, 'invitedListings' | 'invitedOrgIds' | 'kind'>,
  input: InvitationInput,
  added: { listingIds: readonly string[]; orgIds: readonly string[] },
  found: { listings: readonly (InvitedListing | undefined)[]; orgs: readonly (InviteeOrg | undefined)[] },
): { path: string; message: string }[] {
  const briefing = briefingInvitationIssue(event, input);
  if (briefing) return [briefing];
  const issues = [
    ...added.listingIds.flatMap((id, i) =>
      found.listings[i]
        ? []
        : [
            {
              path: `listingIds.${input.listingIds.indexOf(id)}`,
              message: `成果 ${id} 不存在或未公告 / listing ${id} is not published`,
            },
          ],
    ),
    ...added.orgIds.flatMap((id, i) => {
      const org = found.orgs[i];
      return org && org.type === 'enterprise' && org.status === 'approved'
        ? []
        : [
            {
              path: `enterpriseOrgIds.${input.enterpriseOrgIds.indexOf(id)}`,
              message: `机构 ${id} 不是已入驻的企业 / ${id} is not an approved enterprise`,
            },
          ];
    }),
  ];
  if (event.invitedListings.length + added.listingIds.length > EVENT_MAX_LISTINGS)
    issues.push({
      path: 'listingIds',
      message: `每场活动最多邀请 ${EVENT_MAX_LISTINGS} 项成果 / at most ${EVENT_MAX_LISTINGS} listings per event`,
    });
  if (event.invitedOrgIds.length + added.orgIds.length > EVENT_MAX_ENTERPRISES)
    issues.push({
      path: 'enterpriseOrgIds',
      message: `每场活动最多邀请 ${EVENT_MAX_ENTERPRISES} 家企业 / at most ${EVENT_MAX_ENTERPRISES} enterprises per event`,
    });
  return issues;
}

/** The event with the invitees added; who now sees it (each enterprise invited, each listing's holder). */
export function invitedEvent(
  event: MatchmakingEvent,
  listings: readonly InvitedListing[],
  enterprises: readonly InvitedEnterprise[],
  at: string,
): { event: MatchmakingEvent; reach: { orgId: string; role: 'invited' | 'listing' }[] } {
  return {
    event: {
      ...event,
      invitedListings: [...event.invitedListings, ...listings],
      invitedEnterprises: [...event.invitedEnterprises, ...enterprises],
      invitedOrgIds: [...event.invitedOrgIds, ...enterprises.map((e) => e.orgId)],
      updatedAt: at,
      version: event.version + 1,
    },
    reach: [
      ...enterprises.map((e) => ({ orgId: e.orgId, role: 'invited' as const })),
      ...listings.flatMap((l) => l.holderOrgIds.map((orgId) => ({ orgId, role: 'listing' as const }))),
    ],
  };
}
