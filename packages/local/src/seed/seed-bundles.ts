import {
  addDays,
  addYears,
  type BundleAction,
  BundleDraftInputSchema,
  type BundleRecord,
  bundleChangeAction,
  bundleChangeSummary,
  bundleCreatedSummary,
  bundleMemberOf,
  checkBundleTerms,
  decideAsHolder,
  evaluateBundleOffer,
  holderDecisionAction,
  holderDecisionSummary,
  isoDateInChina,
  newBundle,
  type Patent,
  transitionBundle,
  type User,
  withCurrentDeclarations,
} from '@openlicense/domain';
import type { Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data/index.ts';

/** The park that keeps the demo's public patent pool (公共专利池). */
const ORGANISER_KEY = 'lugu-park';

/**
 * 新能源汽车 pool of the Lugu park: the electric drive and battery patents of two universities, one of which
 * (the battery health estimation) is also declared on its own.
 */
const DEMO_POOL = {
  name: '麓谷新能源汽车电驱与动力电池公共专利池',
  description:
    '园区面向新能源汽车零部件与动力电池企业组建的公共专利池，覆盖碳化硅电控驱动保护、动力电池健康状态估计、硫化物固态电解质和磷酸锰铁锂正极材料，成套许可便于园区企业一次取得整车电驱与电池关键技术的实施许可。',
  members: ['201810562714.X', '202010893462.6', '202210576043.9', '202111567320.1'],
  royalty: { method: 'entry_fee_plus_royalty', entryFeeFen: 30_000_000, base: 'net_sales', ratePercent: 2.5 },
  royaltyEstimationNote:
    '入门费按四件成员专利单独许可入门费之和（约 40 万元）的七五折计 30 万元；提成参照电驱与电池材料领域许可费率 2%–4%，考虑成套许可取净销售额的 2.5%。',
  years: 5,
  scope: '制造、使用、销售、许诺销售、进口本专利池成员专利覆盖的产品，或使用成员专利方法',
};

function adminOf(orgKey: string, users: ReadonlyMap<string, User>): User {
  const demo = DEMO_USERS.find((u) => u.orgKey === orgKey && u.role === 'admin');
  const user = demo && users.get(demo.email);
  if (!user) throw new Error(`demo organisation ${orgKey} has no admin account`);
  return user;
}

interface SeedContext {
  patents: readonly Patent[];
  orgIds: ReadonlyMap<string, string>;
  /** Demo accounts by e-mail. */
  users: ReadonlyMap<string, User>;
}

/**
 * Organises the demo public patent pool through the bundle repository, along the path the API takes: drafted
 * by the park's admin, consented by each university's admin (on its own trail), submitted by the park and
 * published by the IP office, each change with its audit entry. Every member is checked first: a demo pool
 * the law would not offer is a bug. Run after the declarations, so the pool records the member declared on
 * its own.
 */
export async function seedBundles(
  store: Store,
  { patents, orgIds, users }: SeedContext,
  now: () => Date,
): Promise<BundleRecord[]> {
  const organiserId = orgIds.get(ORGANISER_KEY);
  const organiser = organiserId ? await store.orgs.get(organiserId) : undefined;
  const office = DEMO_ORGANISATIONS.find((o) => o.type === 'ip_office');
  if (!organiser || !office) throw new Error('demo data has no park organiser or IP office');
  const parkAdmin = adminOf(ORGANISER_KEY, users);
  const reviewer = adminOf(office.key, users);
  const keyOf = (orgId: string) => [...orgIds].find(([, id]) => id === orgId)?.[0] ?? orgId;

  const members = await Promise.all(
    DEMO_POOL.members.map(async (number) => {
      const patent = patents.find((p) => p.number === number);
      const holder = patent && (await store.orgs.get(patent.holderOrgId));
      if (!patent || !holder) throw new Error(`demo pool member ${number} has no patent`);
      return bundleMemberOf(patent, holder.name);
    }),
  );
  const today = isoDateInChina(now());
  const input = BundleDraftInputSchema.parse({
    ...DEMO_POOL,
    members: DEMO_POOL.members.map((patentNumber) => ({ patentNumber })),
    period: { start: today, end: addDays(addYears(today, DEMO_POOL.years), -1) },
    contact: organiser.contact,
  });

  const at = () => now().toISOString();
  const entry = (orgId: string, actor: User, action: string, summary: string) => ({
    id: ulid(),
    orgId,
    at: at(),
    actorId: actor.id,
    action,
    summary,
  });
  let record = newBundle(input, members, organiser, { id: ulid(), at: at() });
  await store.bundles.create(record, [
    entry(organiser.id, parkAdmin, 'bundle.created', bundleCreatedSummary(record, parkAdmin.name)),
  ]);

  for (const holder of record.holders) {
    const admin = adminOf(keyOf(holder.orgId), users);
    const next = decideAsHolder(record, holder.orgId, 'consented', {
      actorId: admin.id,
      at: at(),
      note: '经技术转移中心审议，同意以本校成员专利加入园区公共专利池',
    });
    await store.bundles.save(record, next, [
      entry(
        holder.orgId,
        admin,
        holderDecisionAction('consented'),
        holderDecisionSummary(next, holder.orgId, admin.name),
      ),
    ]);
    record = next;
  }

  const facts = await store.bundles.memberFacts(record);
  const offer = evaluateBundleOffer(record, facts, today);
  const terms = checkBundleTerms(record, today, { startMatters: true });
  if (!offer.offered || terms.errors.length > 0) {
    const codes = [...offer.blockers.flatMap((b) => b.issues), ...terms.errors].map((i) => i.code);
    throw new Error(`demo pool breaks ${codes.join(', ')}`);
  }
  for (const action of ['submit', 'publish'] as const satisfies BundleAction[]) {
    const actor = action === 'publish' ? reviewer : parkAdmin;
    const moved = transitionBundle(record, action, { actorId: actor.id, at: at() });
    const next = { ...moved, members: withCurrentDeclarations(record.members, facts) };
    await store.bundles.save(record, next, [
      entry(organiser.id, actor, bundleChangeAction(action), bundleChangeSummary(next, action, actor.name)),
    ]);
    record = next;
  }
  return [record];
}
