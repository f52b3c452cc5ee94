import {
  addDays,
  addYears,
  checkDeclarable,
  type DeclarationAction,
  DeclarationInputSchema,
  type DeclarationRecord,
  isoDateInChina,
  listingSummary,
  newDeclaration,
  type Org,
  type Patent,
  statusChangeAction,
  statusChangeSummary,
  transition,
  type User,
} from '@openlicense/domain';
import type { Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data/index.ts';

interface DemoDeclaration {
  number: string;
  /** Where the demo leaves it: most in the catalogue, one in the office's queue, one being drafted. */
  status: 'published' | 'submitted' | 'draft';
  years: number;
  royalty: Record<string, unknown>;
  royaltyEstimationNote: string;
  marketingText?: string;
}

const SCOPE =
  '制造、使用、销售、许诺销售、进口本专利产品，或使用本专利方法及使用、销售依该方法直接获得的产品';

/** Open-licence declarations of the demo universities' patents, with terms as a technology-transfer office writes them. */
const DEMO_DECLARATIONS: DemoDeclaration[] = [
  {
    number: '201610327415.9',
    status: 'published',
    years: 5,
    royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
    royaltyEstimationNote:
      '参考近三年锂电正极材料领域专利许可费率（净销售额的 2%–5%），结合本专利已完成中试、产业化投入适中，确定为净销售额的 3%。',
    marketingText: '已在两家正极材料企业完成中试验证，可提供烧结工艺包与技术培训。',
  },
  {
    number: '201910458236.2',
    status: 'published',
    years: 4,
    royalty: { method: 'entry_fee_plus_royalty', entryFeeFen: 20_000_000, base: 'net_sales', ratePercent: 2 },
    royaltyEstimationNote:
      '入门费按研发投入的约十分之一计 20 万元，覆盖技术资料交付与首批工艺调试；提成参照钠电负极材料毛利水平取净销售额的 2%。',
  },
  {
    number: '201811093527.8',
    status: 'published',
    years: 5,
    royalty: { method: 'lump_sum', amountFen: 50_000_000 },
    royaltyEstimationNote:
      '以收益法测算：按年处理 5000 吨黑粉、提锂成本降低约每吨 300 元、许可期 5 年、分成率 7% 估算，取整为一次性 50 万元。',
  },
  {
    number: '202010893462.6',
    status: 'published',
    years: 3,
    royalty: { method: 'lump_sum', amountFen: 12_000_000 },
    royaltyEstimationNote:
      '算法类专利，参照同类电池管理软件专利的许可成交价（10–15 万元）确定为一次性 12 万元。',
  },
  {
    number: '201710486320.6',
    status: 'published',
    years: 3,
    royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 5 },
    royaltyEstimationNote:
      '按集成本专利的视觉抓取工作站净销售额提成；参照机器人系统集成行业专利许可费率 3%–6%，确定为 5%。',
  },
  {
    number: '201810217693.8',
    status: 'published',
    years: 3,
    royalty: { method: 'free' },
    royaltyEstimationNote: '为促进焊接自动化技术在省内中小企业推广应用，学校决定许可期内免收许可使用费。',
  },
  {
    number: '201910586371.5',
    status: 'published',
    years: 3,
    royalty: { method: 'lump_sum', amountFen: 5_000_000 },
    royaltyEstimationNote:
      '面向中小型食品加工企业，按节约的发酵周期与用盐成本估算一年收益约 15 万元，取三分之一计 5 万元。',
  },
  {
    number: '201710352864.3',
    status: 'published',
    years: 3,
    royalty: { method: 'lump_sum', amountFen: 15_000_000 },
    royaltyEstimationNote:
      '防摆控制算法可移植到现有车载控制器，参照同类起重机控制软件专利的许可成交价（10–20 万元）确定为一次性 15 万元。',
  },
  {
    number: '202320891574.7',
    status: 'published',
    years: 3,
    royalty: { method: 'lump_sum', amountFen: 8_000_000 },
    royaltyEstimationNote:
      '实用新型，评价报告结论有利；按电驱总成单台降本约 40 元、年产 2 万台、许可期 3 年、分成率 3% 估算，取整为一次性 8 万元。',
  },
  {
    number: '202010461739.8',
    status: 'submitted',
    years: 4,
    royalty: { method: 'lump_sum', amountFen: 30_000_000 },
    royaltyEstimationNote:
      '参照起重机结构健康监测系统的单台增值与预计年装机量测算，许可期内一次性收取 30 万元。',
  },
  {
    number: '201811326705.7',
    status: 'draft',
    years: 5,
    royalty: { method: 'lump_sum', amountFen: 80_000_000 },
    royaltyEstimationNote:
      '按钝化剂年产 2 万吨、每吨可分成收益约 8 元、许可期 5 年估算，取整为一次性 80 万元。',
  },
];

const PATHS: Record<DemoDeclaration['status'], DeclarationAction[]> = {
  draft: [],
  submitted: ['submit'],
  published: ['submit', 'publish'],
};

interface SeedContext {
  patents: readonly Patent[];
  orgIds: ReadonlyMap<string, string>;
  /** Demo accounts by e-mail. */
  users: ReadonlyMap<string, User>;
}

/** The admin account of the demo organisation `orgKey`. */
function adminOf(orgKey: string, users: ReadonlyMap<string, User>): User {
  const demo = DEMO_USERS.find((u) => u.orgKey === orgKey && u.role === 'admin');
  const user = demo && users.get(demo.email);
  if (!user) throw new Error(`demo organisation ${orgKey} has no admin account`);
  return user;
}

/**
 * Declares some of the demo patents through the declaration repository, along the same path the API takes:
 * drafted and submitted by the university's admin, published by the IP office's admin, each change with
 * its audit entry, and every guard checked first (a demo declaration the law would refuse is a bug).
 */
export async function seedDeclarations(
  store: Store,
  { patents, orgIds, users }: SeedContext,
  now: () => Date,
): Promise<DeclarationRecord[]> {
  const office = DEMO_ORGANISATIONS.find((o) => o.type === 'ip_office');
  if (!office) throw new Error('demo data has no IP office');
  const reviewer = adminOf(office.key, users);
  const today = isoDateInChina(now());
  const seeded: DeclarationRecord[] = [];

  for (const demo of DEMO_DECLARATIONS) {
    const patent = patents.find((p) => p.number === demo.number);
    const holder: Org | undefined = patent && (await store.orgs.get(patent.holderOrgId));
    const holderKey = [...orgIds].find(([, id]) => id === patent?.holderOrgId)?.[0];
    if (!patent || !holder || !holderKey) throw new Error(`demo declaration of ${demo.number} has no patent`);
    const author = adminOf(holderKey, users);
    // Submitted a fortnight ahead, so the office can still publish it on any day of the demo.
    const start = demo.status === 'submitted' ? addDays(today, 14) : today;
    const input = DeclarationInputSchema.parse({
      patentNumber: demo.number,
      royalty: demo.royalty,
      royaltyEstimationNote: demo.royaltyEstimationNote,
      period: { start, end: addDays(addYears(start, demo.years), -1) },
      scope: SCOPE,
      contact: holder.contact,
      ...(demo.marketingText ? { marketingText: demo.marketingText } : {}),
    });
    const { errors } = checkDeclarable(patent, input, today);
    if (errors.length > 0)
      throw new Error(`demo declaration of ${demo.number} breaks ${errors.map((e) => e.code).join(', ')}`);

    const declaration = newDeclaration(input, patent, {
      id: ulid(),
      holderOrgId: holder.id,
      at: now().toISOString(),
    });
    let record: DeclarationRecord = { ...declaration, listing: listingSummary(patent, holder, input.period) };
    await store.declarations.create(record);
    for (const action of PATHS[demo.status]) {
      const actor = action === 'publish' ? reviewer : author;
      const at = now().toISOString();
      const { listing, ...current } = record;
      const next = { ...transition(current, action, { actorId: actor.id, at }), listing };
      await store.declarations.transition(record, next, {
        id: ulid(),
        orgId: holder.id,
        at,
        actorId: actor.id,
        action: statusChangeAction(next.status),
        summary: statusChangeSummary(next, actor.name),
      });
      record = next;
    }
    seeded.push(record);
  }
  return seeded;
}
