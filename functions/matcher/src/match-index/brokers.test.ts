import type { Authorisation } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { brokersOf } from './brokers.ts';

const auth = (agentOrgId: string, overrides: Partial<Authorisation> = {}): Authorisation => ({
  id: `A-${agentOrgId}`,
  enterpriseOrgId: 'ENT',
  agentOrgId,
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  scope: 'needs',
  status: 'active',
  grantedAt: '2026-01-01T00:00:00.000Z',
  grantedBy: 'u1',
  version: 1,
  ...overrides,
});

describe('brokersOf', () => {
  it('names the collecting agency and every agency or park the enterprise authorised, once each', () => {
    const brokers = brokersOf(
      { enterpriseOrgId: 'ENT', collectedByOrgId: 'AG1' },
      [auth('AG1'), auth('PARK')],
      '2026-06-01',
    );
    expect(brokers).toEqual(['AG1', 'PARK']);
  });

  it('leaves out revoked and expired authorisations', () => {
    const brokers = brokersOf(
      { enterpriseOrgId: 'ENT' },
      [auth('REVOKED', { status: 'revoked' }), auth('OLD', { validUntil: '2026-05-31' }), auth('OK')],
      '2026-06-01',
    );
    expect(brokers).toEqual(['OK']);
  });

  it('leaves out the collecting agency once the enterprise revoked its authorisation', () => {
    const brokers = brokersOf(
      { enterpriseOrgId: 'ENT', collectedByOrgId: 'AG1' },
      [auth('AG1', { status: 'revoked', revokedAt: '2026-05-20T00:00:00.000Z' }), auth('PARK')],
      '2026-06-01',
    );
    expect(brokers).toEqual(['PARK']);
  });
});
