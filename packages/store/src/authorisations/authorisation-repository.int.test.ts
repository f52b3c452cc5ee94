import { type Authorisation, type Org, type OrgStatus, type OrgType, revoke } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUscc } from '../../../../test/support/test-api.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';

const entry = (orgId: string, action: string): AuditEntry => ({
  id: ulid(),
  orgId,
  at: new Date().toISOString(),
  actorId: 'u1',
  action,
  summary: 'test',
});

const authorisationOf = (enterpriseOrgId: string, agentOrgId: string): Authorisation => ({
  id: ulid(),
  enterpriseOrgId,
  agentOrgId,
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  scope: 'needs',
  status: 'active',
  grantedAt: new Date().toISOString(),
  grantedBy: 'u1',
  version: 1,
});

describe('authorisation repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  /** A stored organisation (with its applicant), as the API would have created it. */
  async function org(type: OrgType, status: OrgStatus = 'approved'): Promise<Org> {
    const user = {
      id: ulid(),
      email: `${ulid().toLowerCase()}@test.openlicense.cn`,
      name: '测试',
      createdAt: '2026-01-01T00:00:00Z',
    };
    await table.store.users.createWithLogin(user, 'hash');
    const at = new Date().toISOString();
    const created: Org = {
      id: ulid(),
      name: `测试${type}`,
      uscc: randomUscc(),
      type,
      regionCode: '430100',
      contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
      status,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await table.store.orgs.create(
      created,
      { userId: user.id, email: user.email, role: 'admin' },
      entry(created.id, 'org.applied'),
    );
    return created;
  }

  it('grants with evidence on both trails and lists it for the enterprise and for the agent', async () => {
    // Prepare
    const [enterprise, agency] = [await org('enterprise'), await org('agency')];
    const auth = authorisationOf(enterprise.id, agency.id);
    // Act
    await table.store.authorisations.grant(auth, [
      entry(enterprise.id, 'authorisation.granted'),
      entry(agency.id, 'authorisation.granted'),
    ]);
    // Assess
    expect(await table.store.authorisations.get(enterprise.id, auth.id)).toEqual(auth);
    expect(await table.store.authorisations.listByEnterprise(enterprise.id)).toEqual([auth]);
    expect(await table.store.authorisations.listByAgent(agency.id)).toEqual([auth]);
    expect((await table.store.audit.listForOrg(agency.id)).map((e) => e.action)).toContain(
      'authorisation.granted',
    );
  });

  it.each<[string, OrgType, OrgStatus]>([
    ['a pending agency', 'agency', 'pending'],
    ['a university', 'university', 'approved'],
  ])('writes nothing when the agent is %s', async (_label, type, status) => {
    const [enterprise, agent] = [await org('enterprise'), await org(type, status)];
    const grant = table.store.authorisations.grant(authorisationOf(enterprise.id, agent.id), [
      entry(enterprise.id, 'authorisation.granted'),
    ]);
    await expect(grant).rejects.toMatchObject({ code: 'agent_not_approved' });
    expect(await table.store.authorisations.listByEnterprise(enterprise.id)).toEqual([]);
    expect((await table.store.audit.listForOrg(enterprise.id)).map((e) => e.action)).toEqual(['org.applied']);
  });

  it('lets one of two concurrent revocations win', async () => {
    const [enterprise, park] = [await org('enterprise'), await org('park')];
    const auth = authorisationOf(enterprise.id, park.id);
    await table.store.authorisations.grant(auth, []);
    const next = revoke(auth, 'u1', new Date().toISOString());
    const results = await Promise.allSettled([
      table.store.authorisations.update(next, auth.version, [entry(enterprise.id, 'authorisation.revoked')]),
      table.store.authorisations.update(next, auth.version, [entry(enterprise.id, 'authorisation.revoked')]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await table.store.authorisations.get(enterprise.id, auth.id))?.status).toBe('revoked');
    const actions = (await table.store.audit.listForOrg(enterprise.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'authorisation.revoked')).toHaveLength(1);
  });
});
