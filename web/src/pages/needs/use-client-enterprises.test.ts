import { describe, expect, it } from 'vitest';
import type { AuthorisationView } from '../../api/authorisations.ts';
import { clientEnterprises } from './use-client-enterprises.ts';

function auth(enterpriseOrgId: string, enterpriseName: string, live: boolean): AuthorisationView {
  return {
    id: `A-${enterpriseOrgId}-${live}`,
    enterpriseOrgId,
    enterpriseName,
    agentOrgId: 'AGENT',
    agentName: '星城知识产权',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    scope: 'needs',
    status: live ? 'active' : 'revoked',
    grantedAt: '2026-01-01T00:00:00Z',
    grantedBy: 'U',
    version: 1,
    live,
  };
}

describe('clientEnterprises', () => {
  it('lists each enterprise once, live when any of its authorisations is, sorted by name (pinyin)', () => {
    const clients = clientEnterprises([
      auth('E2', '安化县黑茶产业有限公司', false),
      auth('E1', '长沙星驰新能源汽车电驱科技有限公司', true),
      auth('E2', '安化县黑茶产业有限公司', true),
    ]);
    expect(clients).toEqual([
      { id: 'E2', name: '安化县黑茶产业有限公司', live: true },
      { id: 'E1', name: '长沙星驰新能源汽车电驱科技有限公司', live: true },
    ]);
  });
});
