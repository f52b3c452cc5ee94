import { parseArgs } from 'node:util';
import { type Org, OrgApplicationSchema } from '@openlicense/domain';
import { createStore, createStoreClients } from '@openlicense/store';
import { ulid } from 'ulidx';
import * as z from 'zod/mini';

/**
 * Operator command for a fresh deployment: the IP office cannot apply to itself, so its organisation
 * is created approved, with the Cognito user `--user-sub` as its admin. Run once per environment:
 *
 *   npm run ops:create-ip-office -- --table <TableName> --user-sub <cognito sub> --email office@x.cn \
 *     --name 长沙市市场监督管理局（知识产权局） --uscc <统一社会信用代码> --region 430100 --phone 0731-88888888
 */
async function main() {
  const { values } = parseArgs({
    options: {
      table: { type: 'string' },
      'user-sub': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      uscc: { type: 'string' },
      region: { type: 'string' },
      contact: { type: 'string', default: '管理员' },
      phone: { type: 'string' },
    },
  });
  const missing = ['table', 'user-sub', 'email', 'name', 'uscc', 'region', 'phone'].filter(
    (k) => !values[k as keyof typeof values],
  );
  if (missing.length > 0) throw new Error(`missing --${missing.join(', --')}`);
  const application = z.omit(OrgApplicationSchema, { type: true }).parse({
    name: values.name,
    uscc: values.uscc,
    regionCode: values.region,
    contact: { name: values.contact, phone: values.phone, email: values.email },
  });
  const store = createStore(createStoreClients(), values.table!);
  const at = new Date().toISOString();
  const admin = await store.users.ensure({
    id: values['user-sub']!,
    email: values.email!.toLowerCase(),
    name: values.contact!,
    createdAt: at,
  });
  const org: Org = {
    id: ulid(),
    ...application,
    type: 'ip_office',
    status: 'pending',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const entry = (action: string, summary: string) => ({
    id: ulid(),
    orgId: org.id,
    at,
    actorId: 'system:operator',
    action,
    summary,
  });
  await store.orgs.create(
    org,
    { userId: admin.id, email: admin.email, role: 'admin' },
    entry('org.created', '运维创建知识产权局机构'),
  );
  await store.orgs.update(
    { ...org, status: 'approved', reviewedAt: at, reviewedBy: 'system:operator', version: 2 },
    1,
    entry('org.approved', '运维开通'),
  );
  console.log(
    `created IP office ${org.id}; set custom:orgId=${org.id} on the Cognito user and add it to group admin`,
  );
}

main().catch((error) => {
  console.error(String(error));
  process.exit(1);
});
