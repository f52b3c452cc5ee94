import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import type { NeedStatus, NeedVisibility } from './need.ts';
import { canReadNeed, canWriteNeed, type NeedAccessSubject, type NeedWriteAction } from './need-access.ts';

const principal = (
  orgType: OrgType,
  orgStatus: OrgStatus = 'approved',
  orgId = `some-${orgType}`,
  role: Role = 'member',
): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role, orgType, orgStatus },
});

const withoutOrg: Principal = { userId: 'u2', email: 'u2@test.cn', name: '游客' };

const need = (visibility: NeedVisibility = 'public', status: NeedStatus = 'open'): NeedAccessSubject => ({
  ownerOrgId: 'owner',
  visibility,
  status,
});

const LIVE = { liveAuthorisation: true };
const NONE = { liveAuthorisation: false };

describe('canReadNeed', () => {
  it('answers 401 to a caller who is not signed in, even for a public need', () => {
    expect(canReadNeed(undefined, need('public'), NONE)).toMatchObject({ allow: false, status: 401 });
  });

  it.each<[string, Principal, typeof LIVE]>([
    ['a member of the owner enterprise', principal('enterprise', 'approved', 'owner'), NONE],
    ['a member of the pending owner enterprise', principal('enterprise', 'pending', 'owner'), NONE],
    ['the approved IP office', principal('ip_office'), NONE],
    ['an approved agency with a live authorisation', principal('agency'), LIVE],
    ['an approved park with a live authorisation', principal('park'), LIVE],
  ])('shows %s a private draft', (_case, who, context) => {
    expect(canReadNeed(who, need('private', 'draft'), context)).toEqual({ allow: true });
  });

  // [visibility, who, allowed]
  it.each<[NeedVisibility, string, Principal, boolean]>([
    ['public', 'a user with no organisation', withoutOrg, true],
    ['public', 'another enterprise', principal('enterprise'), true],
    ['public', 'a pending agency', principal('agency', 'pending'), true],
    ['agencies', 'an approved agency', principal('agency'), true],
    ['agencies', 'an approved park', principal('park'), true],
    ['agencies', 'a pending agency', principal('agency', 'pending'), false],
    ['agencies', 'another enterprise', principal('enterprise'), false],
    ['agencies', 'a university', principal('university'), false],
    ['agencies', 'a user with no organisation', withoutOrg, false],
    ['agencies', 'a pending IP office', principal('ip_office', 'pending'), false],
    ['private', 'an approved agency without authorisation', principal('agency'), false],
    ['private', 'another enterprise', principal('enterprise'), false],
  ])('by visibility %s, lets %s read an open need: %s', (visibility, _case, who, allowed) => {
    // Act
    const decision = canReadNeed(who, need(visibility), NONE);
    // Assess
    expect(decision).toEqual(
      allowed ? { allow: true } : expect.objectContaining({ allow: false, status: 404 }),
    );
  });

  it.each<NeedStatus>(['matched', 'in_negotiation', 'fulfilled'])(
    'shows a public %s need to others',
    (status) => {
      expect(canReadNeed(principal('enterprise'), need('public', status), NONE)).toEqual({ allow: true });
    },
  );

  it.each<NeedStatus>(['draft', 'closed'])('hides a public %s need from others behind 404', (status) => {
    expect(canReadNeed(principal('enterprise'), need('public', status), NONE)).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('gives a collector whose authorisation lapsed only what visibility gives every agency', () => {
    // Prepare
    const collector = principal('agency', 'approved', 'collector');
    // Act
    const decisions = (['public', 'agencies', 'private'] as const).map(
      (visibility) => canReadNeed(collector, need(visibility), NONE).allow,
    );
    // Assess
    expect(decisions).toEqual([true, true, false]);
  });

  it('ignores a live authorisation claimed for an organisation that cannot be an agent', () => {
    expect(canReadNeed(principal('university'), need('private'), LIVE)).toMatchObject({ status: 404 });
    expect(canReadNeed(principal('agency', 'pending'), need('private'), LIVE)).toMatchObject({ status: 404 });
  });
});

describe('canWriteNeed', () => {
  const ACTIONS: NeedWriteAction[] = [
    'create',
    'edit',
    'open',
    'mark_matched',
    'start_negotiation',
    'resume',
    'fulfil',
    'close',
  ];

  it('answers 401 to a caller who is not signed in', () => {
    expect(canWriteNeed(undefined, need(), NONE)).toMatchObject({ status: 401 });
  });

  it.each(ACTIONS)('lets any member of the approved owner enterprise %s', (action) => {
    expect(canWriteNeed(principal('enterprise', 'approved', 'owner'), need(), { ...NONE, action })).toEqual({
      allow: true,
    });
  });

  it.each<[NeedWriteAction, boolean]>([
    ['create', true],
    ['edit', true],
    ['close', true],
    ['open', false],
    ['mark_matched', false],
    ['start_negotiation', false],
    ['resume', false],
    ['fulfil', false],
  ])('lets a pending owner enterprise keep drafts but not publish: %s allowed %s', (action, allowed) => {
    // Act
    const decision = canWriteNeed(principal('enterprise', 'pending', 'owner'), need('public', 'draft'), {
      ...NONE,
      action,
    });
    // Assess
    expect(decision).toEqual(
      allowed ? { allow: true } : expect.objectContaining({ status: 403, code: 'org_not_approved' }),
    );
  });

  it('treats a rejected owner enterprise like a pending one', () => {
    expect(
      canWriteNeed(principal('enterprise', 'rejected', 'owner'), need(), { ...NONE, action: 'open' }),
    ).toMatchObject({ code: 'org_not_approved' });
  });

  it('defaults to the edit action', () => {
    expect(canWriteNeed(principal('enterprise', 'pending', 'owner'), need(), NONE)).toEqual({ allow: true });
  });

  it.each(ACTIONS)('lets an approved agency with a live authorisation %s', (action) => {
    expect(canWriteNeed(principal('agency'), need('private', 'draft'), { ...LIVE, action })).toEqual({
      allow: true,
    });
  });

  it('lets an approved park with a live authorisation create a need for the enterprise', () => {
    expect(canWriteNeed(principal('park'), { ownerOrgId: 'owner' }, { ...LIVE, action: 'create' })).toEqual({
      allow: true,
    });
  });

  it('refuses a pending agency even with a live authorisation', () => {
    expect(canWriteNeed(principal('agency', 'pending'), need(), LIVE)).toMatchObject({
      status: 403,
      code: 'org_not_approved',
    });
  });

  it.each<[string, NeedAccessSubject | { ownerOrgId: string }]>([
    ['a need it can see', need('public')],
    ['a need for agencies', need('agencies')],
    ['a new need for the enterprise', { ownerOrgId: 'owner' }],
  ])('refuses an agency without a live authorisation %s with 403 no_authorisation', (_case, target) => {
    expect(canWriteNeed(principal('agency'), target, NONE)).toEqual({
      allow: false,
      status: 403,
      code: 'no_authorisation',
      message: '未获得该企业的有效授权 / no live authorisation from this enterprise',
    });
  });

  it('hides a need an agency without authorisation cannot see behind 404', () => {
    expect(canWriteNeed(principal('agency'), need('private'), NONE)).toMatchObject({ status: 404 });
    expect(canWriteNeed(principal('park'), need('public', 'draft'), NONE)).toMatchObject({ status: 404 });
  });

  it.each<[string, Principal, NeedAccessSubject | { ownerOrgId: string }, 403 | 404]>([
    ['another enterprise, a public need', principal('enterprise'), need('public'), 403],
    ['another enterprise, a private need', principal('enterprise'), need('private'), 404],
    ['another enterprise, a new need', principal('enterprise'), { ownerOrgId: 'owner' }, 403],
    ['the IP office, any need', principal('ip_office'), need('private'), 403],
    ['a university, a public need', principal('university'), need('public'), 403],
    ['a user with no organisation, a public need', withoutOrg, need('public'), 403],
    ['a user with no organisation, a private need', withoutOrg, need('private'), 404],
  ])('refuses %s with %i', (_case, who, target, status) => {
    expect(canWriteNeed(who, target, LIVE)).toMatchObject({ allow: false, status });
  });

  it('lets only enterprises own needs', () => {
    expect(
      canWriteNeed(
        principal('university', 'approved', 'uni'),
        { ownerOrgId: 'uni' },
        { ...NONE, action: 'create' },
      ),
    ).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: expect.stringMatching(/^只有企业可以登记技术需求/),
    });
  });
});
