import { confirmDeal, createDeal, moveDeal } from '@openlicense/app';
import { type Deal, membershipOf, type Patent, type Principal, type User } from '@openlicense/domain';
import type { Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import { DEMO_USERS } from './demo-data/index.ts';

/**
 * Two negotiated deals of 中南大学's patents with 湖南麓谷锂电, brokered by the demo agency, run through the same
 * use cases as the API: one signed and confirmed by all three parties (so their quotas show it, each with its
 * own evidence), one signed and confirmed by the enterprise and the agency but waiting for the university
 * (so its "待我确认" list has something, and the IP office sees it apart from confirmed results).
 */
const DEMO_DEALS = [
  {
    kind: 'ordinary_license' as const,
    amountFen: 80_000_000,
    note: '普通许可，三年，含技术指导（演示数据）',
    confirmedBy: ['lugu-battery', 'xingcheng-ip', 'csu'],
  },
  {
    kind: 'transfer' as const,
    amountFen: 120_000_000,
    note: '专利权转让，已签合同待大学确认（演示数据）',
    confirmedBy: ['lugu-battery', 'xingcheng-ip'],
  },
];

export async function seedDeals(
  store: Store,
  parties: {
    patents: readonly Patent[];
    orgIds: ReadonlyMap<string, string>;
    users: ReadonlyMap<string, User>;
  },
  now: () => Date,
): Promise<Deal[]> {
  const deps = { store, now, newId: () => ulid() };
  const principalOf = async (key: string): Promise<Principal> => {
    const demo = DEMO_USERS.find((u) => u.orgKey === key && u.role === 'admin');
    const user = demo && parties.users.get(demo.email);
    const org = await store.orgs.get(parties.orgIds.get(key) ?? '');
    if (!user || !org) throw new Error(`demo organisation ${key} is missing`);
    return { userId: user.id, email: user.email, name: user.name, membership: membershipOf(org, 'admin') };
  };
  const [agency, enterprise] = [await principalOf('xingcheng-ip'), await principalOf('lugu-battery')];
  const csu = parties.orgIds.get('csu');
  const candidates = parties.patents.filter((p) => p.holderOrgId === csu).slice(-DEMO_DEALS.length);
  const deals: Deal[] = [];
  for (const [i, plan] of DEMO_DEALS.entries()) {
    const patent = candidates[i];
    if (!patent) break;
    let deal = await createDeal(deps, agency, {
      kind: plan.kind,
      acquirerOrgId: enterprise.membership!.orgId,
      brokerOrgId: agency.membership!.orgId,
      patentNumbers: [patent.number],
      amountFen: plan.amountFen,
      stage: 'negotiating',
      source: { kind: 'direct' },
      note: plan.note,
    });
    deal = await moveDeal(deps, enterprise, deal, { to: 'signed', version: deal.version });
    for (const key of plan.confirmedBy)
      deal = await confirmDeal(deps, await principalOf(key), deal, { version: deal.version });
    deals.push(deal);
  }
  return deals;
}
