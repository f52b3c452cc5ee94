import { describe, expect, it } from 'vitest';
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
const org = (id: string, type = 'enterprise', status = 'approved') => ({ id, name: id, type, status });

describe('inviting to an event', () => {
  it('adds only who is not invited yet', () => {
    expect(newInvitees(planned, { listingIds: ['D1'], enterpriseOrgIds: ['E0', 'E1'] })).toEqual({
      listingIds: ['D1'],
      orgIds: ['E1'],
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
    const input = { listingIds: ['D1'], enterpriseOrgIds: ['E0', 'E1'] };
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
    const input = { listingIds: ['D1'], enterpriseOrgIds: [] };
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

  it('a briefing or training invites enterprises but no listings, naming listingIds', () => {
    const training: MatchmakingEvent = { ...planned, kind: 'training' };
    const withListing = { listingIds: ['D1'], enterpriseOrgIds: ['E1'] };
    const issues = invitationIssues(training, withListing, newInvitees(training, withListing), {
      listings: [listing],
      orgs: [org('E1')],
    });
    expect(issues.map((i) => i.path)).toEqual(['listingIds']);
    expect(issues[0]?.message).toContain('实操培训只邀请企业');
    const enterprisesOnly = { listingIds: [], enterpriseOrgIds: ['E1'] };
    expect(
      invitationIssues(training, enterprisesOnly, newInvitees(training, enterprisesOnly), {
        listings: [],
        orgs: [org('E1')],
      }),
    ).toEqual([]);
  });
});
