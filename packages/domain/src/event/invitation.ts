import type { OrgType } from '../organisation/org-types.ts';
import {
  ATTENDEE_TYPE_LABELS,
  type AttendeeType,
  attendeeTypes,
  EVENT_KIND_LABELS,
  EVENT_MAX_ENTERPRISES,
  EVENT_MAX_LISTINGS,
  type InvitationInput,
  type InvitedEnterprise,
  type InvitedListing,
  isBriefingKind,
  type MatchmakingEvent,
} from './event.ts';

/** An organisation an invitation names, as the store knows it (absent when unknown). */
export interface InviteeOrg {
  id: string;
  name: string;
  type: OrgType;
  status: string;
}

/**
 * Listings are invited to matchmaking only: a 宣传培训 event (briefing, panel, training) is about open
 * licensing, not about patents on offer, so it invites organisations (who then register) and no listings.
 */
export function briefingInvitationIssue(
  event: Pick<MatchmakingEvent, 'kind'>,
  input: Pick<InvitationInput, 'listingIds'>,
): { path: string; message: string } | undefined {
  if (!isBriefingKind(event.kind) || input.listingIds.length === 0) return undefined;
  return {
    path: 'listingIds',
    message: `${EVENT_KIND_LABELS[event.kind]}只邀请机构，不邀请成果（成果只在对接活动中邀请）/ a ${event.kind} event invites organisations, not listings`,
  };
}

/**
 * The listings and organisations an invitation adds: those not invited yet (`enterpriseOrgIds` first, then
 * `orgIds`, each once).
 */
export function newInvitees(
  event: Pick<MatchmakingEvent, 'invitedListings' | 'invitedOrgIds'>,
  input: InvitationInput,
): { listingIds: string[]; orgIds: string[] } {
  return {
    listingIds: input.listingIds.filter((id) => !event.invitedListings.some((l) => l.listingId === id)),
    orgIds: [...new Set([...input.enterpriseOrgIds, ...input.orgIds])].filter(
      (id) => !event.invitedOrgIds.includes(id),
    ),
  };
}

/**
 * What is wrong with inviting `org` (absent when unknown) under `field`: it must be an approved organisation
 * of a kind the event is for (`attendeeTypes`; `enterpriseOrgIds` names enterprises only), and not the
 * organiser (it runs the event; it does not attend it).
 */
function inviteeIssue(
  event: Pick<MatchmakingEvent, 'kind' | 'audienceTypes' | 'organiserOrgId'>,
  id: string,
  org: InviteeOrg | undefined,
  field: 'enterpriseOrgIds' | 'orgIds',
): string | undefined {
  const admitted = field === 'enterpriseOrgIds' ? (['enterprise'] as const) : attendeeTypes(event);
  const kinds = admitted.map((type) => ATTENDEE_TYPE_LABELS[type as AttendeeType]).join('、');
  if (id === event.organiserOrgId)
    return `主办方不能邀请本机构参加自己的活动 / the organiser cannot invite itself`;
  if (org?.status !== 'approved' || !admitted.includes(org.type))
    return field === 'enterpriseOrgIds' || !isBriefingKind(event.kind)
      ? `机构 ${id} 不是已入驻的企业 / ${id} is not an approved enterprise`
      : `机构 ${id} 不是已入驻的${kinds}（${EVENT_KIND_LABELS[event.kind]}的面向对象）/ ${id} is not an approved organisation of the kinds the event is for`;
  return undefined;
}

/**
 * Everything wrong with an invitation, each naming its field: a listing not published (`listings[i]`
 * undefined for `added.listingIds[i]`), an organisation that is not approved or not of a kind the event is
 * for (enterprises for matchmaking; a 宣传培训 event's audience kinds), the organiser itself, more than 100
 * listings or 300 organisations in all.
 */
export function invitationIssues(
  event: Pick<
    MatchmakingEvent,
    'invitedListings' | 'invitedOrgIds' | 'kind' | 'audienceTypes' | 'organiserOrgId'
  >,
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
      const field = input.enterpriseOrgIds.includes(id) ? 'enterpriseOrgIds' : 'orgIds';
      const message = inviteeIssue(event, id, found.orgs[i], field);
      return message ? [{ path: `${field}.${input[field].indexOf(id)}`, message }] : [];
    }),
  ];
  if (event.invitedListings.length + added.listingIds.length > EVENT_MAX_LISTINGS)
    issues.push({
      path: 'listingIds',
      message: `每场活动最多邀请 ${EVENT_MAX_LISTINGS} 项成果 / at most ${EVENT_MAX_LISTINGS} listings per event`,
    });
  if (event.invitedOrgIds.length + added.orgIds.length > EVENT_MAX_ENTERPRISES)
    issues.push({
      path: input.orgIds.length > 0 ? 'orgIds' : 'enterpriseOrgIds',
      message: `每场活动最多邀请 ${EVENT_MAX_ENTERPRISES} 家机构 / at most ${EVENT_MAX_ENTERPRISES} organisations per event`,
    });
  return issues;
}

/** The event with the invitees added; who now sees it (each organisation invited, each listing's holder). */
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
