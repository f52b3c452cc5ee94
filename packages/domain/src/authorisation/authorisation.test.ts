import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  type Authorisation,
  AuthorisationInputSchema,
  AuthorisationSchema,
  type GrantContext,
  grantAuthorisation,
  hasLiveAuthorisation,
  isLive,
  revoke,
} from './authorisation.ts';

const AT = '2026-05-01T02:00:00.000Z';

const input = (change: Record<string, unknown> = {}) => ({
  agentOrgId: 'agency',
  validFrom: '2026-05-01',
  validUntil: '2027-04-30',
  scope: 'needs',
  ...change,
});

const context = (agent: Partial<GrantContext['agent']> = {}): GrantContext => ({
  id: 'a1',
  enterpriseOrgId: 'ent',
  grantedBy: 'u1',
  at: AT,
  today: '2026-05-01',
  agent: { id: 'agency', type: 'agency', status: 'approved', ...agent },
});

const auth = (change: Partial<Authorisation> = {}): Authorisation => ({
  ...grantAuthorisation(AuthorisationInputSchema.parse(input()), context()),
  ...change,
});

const messageFor = (value: unknown) => AuthorisationInputSchema.safeParse(value).error?.issues[0]?.message;

describe('AuthorisationInputSchema', () => {
  it.each([
    ['one day', '2026-05-01', '2026-05-01'],
    ['exactly three years', '2026-05-01', '2029-05-01'],
    ['three years from 29 February, ending 28 February', '2024-02-29', '2027-02-28'],
  ])('accepts a period of %s', (_case, validFrom, validUntil) => {
    expect(messageFor(input({ validFrom, validUntil }))).toBeUndefined();
  });

  it.each([
    ['an end before the start', { validUntil: '2026-04-30' }, /^授权截止日期不能早于生效日期 \/ validUntil/],
    [
      'more than three years',
      { validUntil: '2029-05-02' },
      /^授权期限不能超过 3 年 \/ an authorisation may last/,
    ],
    [
      'three years and a day from 29 February',
      { validFrom: '2024-02-29', validUntil: '2027-03-01' },
      /^授权期限不能超过 3 年/,
    ],
    [
      'a start that is no real date',
      { validFrom: '2026-02-30' },
      /^授权生效日期应为 YYYY-MM-DD 格式的有效日期/,
    ],
    ['a missing end', { validUntil: undefined }, /^授权截止日期应为 YYYY-MM-DD/],
    ['another scope', { scope: 'patents' }, /^授权范围无效/],
    ['no agent', { agentOrgId: ' ' }, /^请选择受托的服务机构或园区/],
    ['a note over 500 characters', { note: '注'.repeat(501) }, /^备注不能超过 500 个字/],
  ])('rejects %s in Chinese then English', (_case, change, message) => {
    expect(messageFor(input(change))).toMatch(message);
  });

  it('points period errors at validUntil', () => {
    expect(
      AuthorisationInputSchema.safeParse(input({ validUntil: '2020-01-01' })).error?.issues[0]?.path,
    ).toEqual(['validUntil']);
  });
});

describe('grantAuthorisation', () => {
  it('creates an active authorisation at version 1', () => {
    // Act
    const granted = grantAuthorisation(
      AuthorisationInputSchema.parse(input({ note: '年度需求征集' })),
      context(),
    );
    // Assess
    expect(granted).toEqual({
      agentOrgId: 'agency',
      validFrom: '2026-05-01',
      validUntil: '2027-04-30',
      scope: 'needs',
      note: '年度需求征集',
      id: 'a1',
      enterpriseOrgId: 'ent',
      status: 'active',
      grantedAt: AT,
      grantedBy: 'u1',
      version: 1,
    });
    expect(AuthorisationSchema.parse(granted)).toEqual(granted);
  });

  it('authorises an approved park', () => {
    expect(
      grantAuthorisation(AuthorisationInputSchema.parse(input()), context({ type: 'park' })).status,
    ).toBe('active');
  });

  it('records a paper authorisation that started in the past', () => {
    // Prepare
    const backdated = AuthorisationInputSchema.parse(input({ validFrom: '2026-01-01' }));
    // Act
    const granted = grantAuthorisation(backdated, context());
    // Assess
    expect(granted.validFrom).toBe('2026-01-01');
  });

  it.each<[string, Partial<GrantContext['agent']>, string]>([
    ['an enterprise', { type: 'enterprise' }, 'invalid_agent'],
    ['a university', { type: 'university' }, 'invalid_agent'],
    ['the IP office', { type: 'ip_office' }, 'invalid_agent'],
    ['a pending agency', { status: 'pending' }, 'agent_not_approved'],
    ['a rejected park', { type: 'park', status: 'rejected' }, 'agent_not_approved'],
  ])('refuses to authorise %s', (_case, agent, code) => {
    expect(() => grantAuthorisation(AuthorisationInputSchema.parse(input()), context(agent))).toThrow(
      expect.objectContaining({ code, status: 422 }),
    );
  });

  it('refuses an authorisation that would already have ended', () => {
    // Prepare
    const ended = AuthorisationInputSchema.parse(
      input({ validFrom: '2026-01-01', validUntil: '2026-04-30' }),
    );
    // Act
    const act = () => grantAuthorisation(ended, context());
    // Assess
    expect(act).toThrow(expect.objectContaining({ code: 'authorisation_already_ended' }));
  });

  it('throws on an agent other than the one named in the input', () => {
    expect(() =>
      grantAuthorisation(AuthorisationInputSchema.parse(input()), context({ id: 'other' })),
    ).toThrow(/not the organisation named/);
  });
});

describe('isLive', () => {
  it.each([
    ['the day before it starts', '2026-04-30', false],
    ['its first day', '2026-05-01', true],
    ['a day in the period', '2026-11-11', true],
    ['its last day', '2027-04-30', true],
    ['the day after it ends', '2027-05-01', false],
  ])('answers for %s', (_case, today, live) => {
    expect(isLive(auth(), today)).toBe(live);
  });

  it('is not live once revoked, even within the period', () => {
    expect(isLive(auth({ status: 'revoked' }), '2026-11-11')).toBe(false);
  });
});

describe('hasLiveAuthorisation', () => {
  it('finds a live authorisation between exactly these two organisations', () => {
    // Prepare
    const auths = [auth({ enterpriseOrgId: 'other-ent' }), auth({ agentOrgId: 'other-agency' }), auth()];
    // Act
    const live = hasLiveAuthorisation(auths, { enterpriseOrgId: 'ent', agentOrgId: 'agency' }, '2026-06-01');
    // Assess
    expect(live).toBe(true);
  });

  it('ignores revoked, expired and other parties’ authorisations', () => {
    // Prepare
    const auths = [
      auth({ status: 'revoked' }),
      auth({ validUntil: '2026-05-31' }),
      auth({ enterpriseOrgId: 'other-ent' }),
    ];
    // Act
    const live = hasLiveAuthorisation(auths, { enterpriseOrgId: 'ent', agentOrgId: 'agency' }, '2026-06-01');
    // Assess
    expect(live).toBe(false);
  });
});

describe('revoke', () => {
  it('marks the authorisation revoked by whom and when', () => {
    // Act
    const revoked = revoke(auth(), 'u2', '2026-06-01T00:00:00.000Z');
    // Assess
    expect(revoked).toMatchObject({
      status: 'revoked',
      revokedBy: 'u2',
      revokedAt: '2026-06-01T00:00:00.000Z',
      version: 2,
    });
    expect(AuthorisationSchema.parse(revoked)).toEqual(revoked);
  });

  it('refuses to revoke twice with 409', () => {
    // Prepare
    const revoked = revoke(auth(), 'u2', AT);
    // Act
    const act = () => revoke(revoked, 'u2', AT);
    // Assess
    expect(act).toThrow(DomainError);
    expect(act).toThrow(expect.objectContaining({ code: 'invalid_transition', status: 409 }));
  });
});
