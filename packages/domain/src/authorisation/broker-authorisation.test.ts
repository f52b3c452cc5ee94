import { describe, expect, it } from 'vitest';
import type { Authorisation } from './authorisation.ts';
import { brokerAuthorisation } from './broker-authorisation.ts';

const auth = (id: string, overrides: Partial<Authorisation> = {}): Authorisation => ({
  id,
  enterpriseOrgId: 'ENT',
  agentOrgId: 'AG',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  scope: 'needs',
  status: 'active',
  grantedAt: `2026-01-0${id.length}T00:00:00.000Z`,
  grantedBy: 'u1',
  version: 1,
  ...overrides,
});
const parties = { enterpriseOrgId: 'ENT', agentOrgId: 'AG' };

describe('brokerAuthorisation', () => {
  it.each([
    ['a live one', [auth('A')], 'live'],
    ['only a revoked one', [auth('A', { status: 'revoked' })], 'lapsed'],
    ['only an ended one', [auth('A', { validUntil: '2026-05-31' })], 'lapsed'],
    ['one not yet in force', [auth('A', { validFrom: '2026-07-01' })], 'lapsed'],
    ['a revoked one and a live one', [auth('A', { status: 'revoked' }), auth('BB')], 'live'],
    ['none for this broker', [auth('A', { agentOrgId: 'OTHER' })], 'none'],
    ['none from this enterprise', [auth('A', { enterpriseOrgId: 'OTHER' })], 'none'],
  ] as const)('with %s the broker is %s', (_, auths, kind) => {
    expect(brokerAuthorisation(auths, parties, '2026-06-01').kind).toBe(kind);
  });

  it('prefers the authorisation a push was approved under while it is live', () => {
    const auths = [auth('A', { validUntil: '2026-12-31' }), auth('BB', { validUntil: '2026-09-30' })];
    expect(brokerAuthorisation(auths, parties, '2026-06-01', 'BB')).toMatchObject({
      authorisation: { id: 'BB' },
    });
    expect(brokerAuthorisation(auths, parties, '2026-06-01')).toMatchObject({ authorisation: { id: 'A' } });
  });
});
