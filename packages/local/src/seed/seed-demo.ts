import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { hashPassword } from '@openlicense/app';
import { coveringOffice, type Org, toPatent, type User } from '@openlicense/domain';
import {
  createMatcher,
  type Matcher,
  matchEngineKind,
  readMatcherConfig,
  restrictMatcherStore,
} from '@openlicense/fn-matcher';
import {
  createChangeJournal,
  keys,
  memorySnapshotStore,
  type Store,
  type StoreClients,
} from '@openlicense/store';
import { ulid } from 'ulidx';
import { DEMO_ORGANISATIONS, DEMO_PATENTS, DEMO_USERS } from './demo-data/index.ts';
import type { DemoOrganisation } from './demo-data/types.ts';
import { demoPatentInput } from './demo-patent.ts';
import { seedBundles } from './seed-bundles.ts';
import { seedDeals } from './seed-deals.ts';
import { seedDeclarations } from './seed-declarations.ts';
import { seedNeeds } from './seed-needs.ts';
import { seedPushes } from './seed-pushes.ts';

const MARKER = keys.seedMarker('demo');
const SYSTEM_ACTOR = 'system:seed';

interface SeedTarget {
  clients: StoreClients;
  tableName: string;
}

/**
 * Writes the demo marketplace once: organisations (through the same application and review path
 * the API uses, so their evidence trail is real), accounts, the universities' patents and the
 * enterprises' technology needs, then the matches, proposals and a few delivered pushes (through
 * `matcher`, by default one of its own over this table), and every ledger patent's grade. A second call finds the
 * marker and changes nothing.
 */
export async function seedDemo(
  store: Store,
  target: SeedTarget,
  now: () => Date = () => new Date(),
  options: { matcher?: Pick<Matcher, 'jobs'> } = {},
): Promise<string> {
  const { doc } = target.clients;
  const { Item } = await doc.send(new GetCommand({ TableName: target.tableName, Key: MARKER }));
  if (Item) return 'demo data already present';

  const users = new Map<string, User>();
  await Promise.all(
    DEMO_USERS.map(async (demo) => {
      const user: User = { id: ulid(), email: demo.email, name: demo.name, createdAt: now().toISOString() };
      await store.users.createWithLogin(user, await hashPassword(demo.password));
      users.set(demo.email, user);
    }),
  );

  // Each organisation is approved by the IP office of its region (by region-code prefix), as the API requires.
  const offices = DEMO_ORGANISATIONS.filter((o) => o.type === 'ip_office').map((o) => ({
    orgId: o.key,
    name: o.name,
    regionCode: o.regionCode,
  }));
  const reviewerOf = (demo: DemoOrganisation) => {
    const office = coveringOffice(offices, demo.regionCode);
    const officeAdmin = DEMO_USERS.find((u) => u.orgKey === office?.orgId && u.role === 'admin');
    return (officeAdmin && users.get(officeAdmin.email)?.id) ?? SYSTEM_ACTOR;
  };
  const orgIds = new Map<string, string>();
  for (const demo of DEMO_ORGANISATIONS) {
    const admin = DEMO_USERS.find((u) => u.orgKey === demo.key && u.role === 'admin');
    const adminUser = admin && users.get(admin.email);
    if (!adminUser) throw new Error(`demo organisation ${demo.key} has no admin`);
    orgIds.set(
      demo.key,
      await seedOrganisation(
        store,
        demo,
        adminUser,
        demo.type === 'ip_office' ? SYSTEM_ACTOR : reviewerOf(demo),
        now,
      ),
    );
  }
  for (const demo of DEMO_USERS.filter((u) => u.role === 'member')) {
    const user = users.get(demo.email);
    const orgId = orgIds.get(demo.orgKey);
    if (user && orgId) await store.users.join(user, orgId, 'member');
  }

  const at = now().toISOString();
  const patents = DEMO_PATENTS.map((demo, i) => {
    const holder = DEMO_ORGANISATIONS.find((o) => o.key === demo.orgKey)!;
    const holderOrgId = orgIds.get(demo.orgKey)!;
    return toPatent(demoPatentInput(demo, i, holder, holderOrgId), holderOrgId, at);
  });
  for (const patent of patents) await store.patents.create(patent);
  const declarations = await seedDeclarations(store, { patents, orgIds, users }, now);
  await seedBundles(store, { patents, orgIds, users }, now);
  const { needs, authorisations } = await seedNeeds(store, { orgIds, users }, now);
  const matcher =
    options.matcher ??
    createMatcher({
      // Restricted as in AWS: the seed fails where the matcher Lambda would.
      store: restrictMatcherStore(store),
      journal: createChangeJournal({ doc, tableName: target.tableName }),
      snapshots: memorySnapshotStore(),
      // The seed delivers pushes but sends no email: the stream's delivery consumer does.
      mailer: { send: async () => {} },
      engines: matchEngineKind,
      config: readMatcherConfig({}),
      now,
    });
  const { proposals, pushes } = await seedPushes(store, matcher, { orgIds, users }, now);
  const deals = await seedDeals(store, { patents, orgIds, users }, now);
  // Grades last, so the demo deals count as licensing history; the nightly job does the same.
  const grading = matcher.jobs.find((job) => job.name === 'grade-patents');
  if (!grading) throw new Error('the matcher has no grade-patents job');
  await grading.run();
  await doc.send(
    new PutCommand({ TableName: target.tableName, Item: { ...MARKER, entity: 'SeedMarker', at } }),
  );
  return `seeded ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_USERS.length} accounts, ${patents.length} patents, ${declarations.length} declarations, ${needs.length} needs, ${authorisations.length} authorisations, ${proposals} proposals for the demo agency, ${pushes.length} delivered pushes, ${deals.length} signed deals`;
}

async function seedOrganisation(
  store: Store,
  demo: DemoOrganisation,
  admin: User,
  reviewerId: string,
  now: () => Date,
) {
  const at = now().toISOString();
  const org: Org = {
    id: ulid(),
    name: demo.name,
    uscc: demo.uscc,
    type: demo.type,
    regionCode: demo.regionCode,
    contact: demo.contact,
    status: 'pending',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const entry = (action: string, summary: string, actorId: string) => ({
    id: ulid(),
    orgId: org.id,
    at,
    actorId,
    action,
    summary,
  });
  await store.orgs.create(
    org,
    { userId: admin.id, email: admin.email, role: 'admin' },
    entry('org.applied', `${admin.name} 提交入驻申请（${org.name}）`, admin.id),
  );
  if (demo.status === 'approved') {
    const approved: Org = { ...org, status: 'approved', reviewedAt: at, reviewedBy: reviewerId, version: 2 };
    await store.orgs.update(approved, 1, entry('org.approved', '审核通过入驻申请（演示数据）', reviewerId));
  }
  return org.id;
}
