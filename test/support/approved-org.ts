import type { Org, OrgType } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { randomUscc } from './test-api.ts';
import type { TestTable } from './test-table.ts';

/**
 * An approved organisation of `type` in Changsha (430100) with one admin, written straight into the store:
 * for tests of workers (the matcher) that read organisations but never go through the application path.
 */
export async function approvedOrg(table: TestTable, type: OrgType, name: string): Promise<Org> {
  const at = new Date().toISOString();
  const created: Org = {
    id: ulid(),
    name,
    uscc: randomUscc(),
    type,
    regionCode: '430100',
    contact: { name: '测试', phone: '13900000000', email: `${type}@test.openlicense.cn` },
    status: 'approved',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const userId = ulid();
  const email = `${userId.toLowerCase()}@test.openlicense.cn`;
  await table.store.users.createWithLogin({ id: userId, email, name: '测试', createdAt: at }, 'hash');
  await table.store.orgs.create(
    created,
    { userId, email, role: 'admin' },
    { id: ulid(), orgId: created.id, at, actorId: userId, action: 'org.applied', summary: 'test' },
  );
  return created;
}
