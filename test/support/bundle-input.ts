import {
  addDays,
  addYears,
  BundleDraftInputSchema,
  type BundleRecord,
  bundleMemberOf,
  newBundle,
  type OrgType,
  PatentInputSchema,
  toPatent,
} from '@openlicense/domain';
import { ulid } from 'ulidx';
import { todayInChina } from './declaration-input.ts';

/** Bundle terms that pass every rule: three years from today, members named by number. */
export const bundleInput = (patentNumbers: string[], overrides: Record<string, unknown> = {}) => {
  const start = todayInChina();
  return {
    name: '新能源汽车电驱与电池公共专利池',
    description: '面向园区新能源汽车零部件企业的成套专利许可。',
    members: patentNumbers.map((patentNumber) => ({ patentNumber })),
    royalty: { method: 'lump_sum', amountFen: 60_000_000 },
    royaltyEstimationNote: '按各成员专利单独许可费之和的八折估算，许可期三年一次性支付',
    period: { start, end: addDays(addYears(start, 3), -1) },
    scope: '制造、使用、销售、许诺销售本专利包覆盖的产品',
    contact: { name: '蒋丽', phone: '13974812015', email: 'pool@test.openlicense.cn' },
    ...overrides,
  };
};

/** A ledger record for `number` held by `holderOrgId`: sole patentee, granted two years after filing, fees paid. */
export const ledgerPatentOf = (
  number: string,
  holderOrgId: string,
  overrides: Record<string, unknown> = {},
) =>
  toPatent(
    PatentInputSchema.parse({
      number,
      title: '一种电动汽车电机控制器的驱动保护电路',
      keywords: ['电机控制器'],
      industryChains: ['新能源汽车'],
      ipc: ['H02P 27/08'],
      patentees: [{ name: `持有人${holderOrgId.slice(-6)}`, orgId: holderOrgId }],
      filingDate: `${number.slice(0, 4)}-03-15`,
      grantDate: `${Number(number.slice(0, 4)) + 2}-06-20`,
      legal: { annualFee: 'paid', proceedingsSuspended: false },
      ...overrides,
    }),
    holderOrgId,
    new Date().toISOString(),
  );

/**
 * A stored-shape bundle organised by `organiser` over `members` (number → holder), as the API makes it;
 * `consented` marks every holder as having consented.
 */
export function bundleRecordOf(
  organiser: { id: string; name?: string; type?: OrgType },
  members: Array<{ number: string; holderOrgId: string; holderName?: string }>,
  options: { consented?: boolean; overrides?: Partial<BundleRecord>; at?: string } = {},
): BundleRecord {
  const at = options.at ?? new Date().toISOString();
  const input = BundleDraftInputSchema.parse(bundleInput(members.map((m) => m.number)));
  const record = newBundle(
    input,
    members.map((m) =>
      bundleMemberOf(
        ledgerPatentOf(m.number, m.holderOrgId),
        m.holderName ?? `持有人${m.holderOrgId.slice(-6)}`,
      ),
    ),
    { id: organiser.id, name: organiser.name ?? '测试园区', type: organiser.type ?? 'park' },
    { id: ulid(), at },
  );
  const holders = options.consented
    ? record.holders.map((h) => ({ ...h, decision: 'consented' as const, decidedAt: at, decidedBy: 'test' }))
    : record.holders;
  return { ...record, holders, ...options.overrides };
}
