import {
  EVENT_MAX_ENTERPRISES,
  EVENT_MAX_LISTINGS,
  type InvitationInput,
  type InvitedEnterprise,
  type InvitedListing,
  type MatchmakingEvent,
} from './event.ts';

/** An organisation an enterprise invitation names, as the store knows it (absent when unknown). */
export interface InviteeOrg {
  id: string;
  name: string;
  type: string;
  status: string;
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
  event: Pick<MatchmakingEvent, 'invitedListings' | 'invitedOrgIds'>,
  input: InvitationInput,
  added: { listingIds: readonly string[]; orgIds: readonly string[] },
  found: { listings: readonly (InvitedListing | undefined)[]; orgs: readonly (InviteeOrg | undefined)[] },
): { path: string; message: string }[] {
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
