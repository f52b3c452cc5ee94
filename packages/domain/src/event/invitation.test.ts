import { describe, expect, it } from 'vitest';
import type { OrgType } from '../organisation/org-types.ts';
import { EVENT_MAX_LISTINGS, EventInputSchema, type MatchmakingEvent, newEvent } from './event.ts';
import { invitationIssues, invitedEvent, newInvitees } from './invitation.ts';

const planned: MatchmakingEvent = {
  ...newEvent(
    EventInputSchema.parse({ title: '对接会', industryChain: '储能', date: '2026-11-20', place: '麓谷' }),
    { orgId: 'AG', name: '湘江知识产权服务中心', type: 'agency' },
    { id: 'EV1', userId: 'U1', at: '2026-11-01T02:00:00.000Z' },
  ),
  invitedOrgIds: ['E0'],
  invitedEnterprises: [{ orgId: 'E0', name: '旧企业' }],
};
const listing = { listingId: 'D1', title: '隔膜', holderOrgIds: ['UNI'], holderName: '湘江大学' };
const org = (id: string, type: OrgType = 'enterprise', status = 'approved') => ({
  id,
  name: id,
  type,
  status,
});

describe('inviting to an event', () => {
  it('adds only who is not invited yet', () => {
    expect(
      newInvitees(planned, { listingIds: ['D1'], enterpriseOrgIds: ['E0', 'E1'], orgIds: ['E1', 'U1'] }),
    ).toEqual({
      listingIds: ['D1'],
      orgIds: ['E1', 'U1'],
    });
  });

  it.each([
    {
      name: 'a published listing and an approved enterprise',
      listings: [listing],
      orgs: [org('E1')],
      paths: [],
    },
    { name: 'an unpublished listing', listings: [undefined], orgs: [org('E1')], paths: ['listingIds.0'] },
    {
      name: 'a university',
      listings: [listing],
      orgs: [org('E1', 'university')],
      paths: ['enterpriseOrgIds.1'],
    },
    {
      name: 'an enterprise not approved',
      listings: [listing],
      orgs: [org('E1', 'enterprise', 'pending')],
      paths: ['enterpriseOrgIds.1'],
    },
  ])('$name: issues at $paths', ({ listings, orgs, paths }) => {
    const input = { listingIds: ['D1'], enterpriseOrgIds: ['E0', 'E1'], orgIds: [] };
    const issues = invitationIssues(planned, input, newInvitees(planned, input), { listings, orgs });
    expect(issues.map((i) => i.path)).toEqual(paths);
  });

  it(`refuses more than ${EVENT_MAX_LISTINGS} listings in all`, () => {
    const full = {
      ...planned,
      invitedListings: Array.from({ length: EVENT_MAX_LISTINGS }, (_, i) => ({
        ...listing,
        listingId: `L${i}`,
      })),
    };
    const input = { listingIds: ['D1'], enterpriseOrgIds: [], orgIds: [] };
    expect(
      invitationIssues(full, input, newInvitees(full, input), { listings: [listing], orgs: [] }).map(
        (i) => i.path,
      ),
    ).toEqual(['listingIds']);
  });

  it('lets each invited enterprise and each listing’s holder see the event', () => {
    const { event, reach } = invitedEvent(planned, [listing], [{ orgId: 'E1', name: 'E1' }], 'at');
    expect(event.invitedOrgIds).toEqual(['E0', 'E1']);
    expect(event.version).toBe(planned.version + 1);
    expect(reach).toEqual([
      { orgId: 'E1', role: 'invited' },
      { orgId: 'UNI', role: 'listing' },
    ]);
  });

  it('a briefing or training invites organisations but no listings, naming listingIds', () => {
    const training: MatchmakingEvent = { ...planned, kind: 'training' };
    const withListing = { listingIds: ['D1'], enterpriseOrgIds: ['E1'], orgIds: [] };
    const issues = invitationIssues(training, withListing, newInvitees(training, withListing), {
      listings: [listing],
      orgs: [org('E1')],
    });
    expect(issues.map((i) => i.path)).toEqual(['listingIds']);
    expect(issues[0]?.message).toContain('实操培训只邀请机构');
    const enterprisesOnly = { listingIds: [], enterpriseOrgIds: ['E1'], orgIds: [] };
    expect(
      invitationIssues(training, enterprisesOnly, newInvitees(training, enterprisesOnly), {
        listings: [],
        orgs: [org('E1')],
      }),
    ).toEqual([]);
  });

  describe('who a briefing invites: organisations of the kinds its audience names', () => {
    const briefing = (audienceTypes?: MatchmakingEvent['audienceTypes']): MatchmakingEvent => ({
      ...planned,
      kind: 'policy_briefing',
      ...(audienceTypes ? { audienceTypes } : {}),
    });
    it.each<{
      name: string;
      event: MatchmakingEvent;
      input: { enterpriseOrgIds?: string[]; orgIds?: string[] };
      orgs: ReturnType<typeof org>[];
      paths: string[];
    }>([
      {
        name: 'a university to a briefing for universities',
        event: briefing(['university']),
        input: { orgIds: ['U1'] },
        orgs: [org('U1', 'university')],
        paths: [],
      },
      {
        name: 'an enterprise to a briefing for universities',
        event: briefing(['university']),
        input: { orgIds: ['E1'] },
        orgs: [org('E1')],
        paths: ['orgIds.0'],
      },
      {
        name: 'a university named as an enterprise',
        event: briefing(['university']),
        input: { enterpriseOrgIds: ['U1'] },
        orgs: [org('U1', 'university')],
        paths: ['enterpriseOrgIds.0'],
      },
      {
        name: 'an agency and a park to a briefing naming no kind (open to all)',
        event: briefing(),
        input: { orgIds: ['A1', 'P1'] },
        orgs: [org('A1', 'agency'), org('P1', 'park')],
        paths: [],
      },
      {
        name: 'the IP office to a briefing naming no kind',
        event: briefing(),
        input: { orgIds: ['IPO'] },
        orgs: [org('IPO', 'ip_office')],
        paths: ['orgIds.0'],
      },
      {
        name: 'a university not approved',
        event: briefing(['university']),
        input: { orgIds: ['U1'] },
        orgs: [org('U1', 'university', 'pending')],
        paths: ['orgIds.0'],
      },
      {
        name: 'the organiser itself',
        event: briefing(['agency']),
        input: { orgIds: ['AG'] },
        orgs: [org('AG', 'agency')],
        paths: ['orgIds.0'],
      },
      {
        name: 'a university to matchmaking, whatever field names it',
        event: planned,
        input: { orgIds: ['U1'] },
        orgs: [org('U1', 'university')],
        paths: ['orgIds.0'],
      },
    ])('$name: issues at $paths', ({ event, input, orgs, paths }) => {
      const full = { listingIds: [], enterpriseOrgIds: [], orgIds: [], ...input };
      const issues = invitationIssues(event, full, newInvitees(event, full), { listings: [], orgs });
      expect(issues.map((i) => i.path)).toEqual(paths);
    });
  });
});
