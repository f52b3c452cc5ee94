import {
  addDays,
  addYears,
  DeclarationInputSchema,
  type DeclarationRecord,
  isoDateInChina,
  listingSummary,
  newDeclaration,
  PatentInputSchema,
  patentCheckChar,
  toPatent,
} from '@openlicense/domain';
import { ulid } from 'ulidx';

/** Today in China, the day the API counts licence periods in. */
export const todayInChina = () => isoDateInChina(new Date());

/** A random, valid invention number filed in 2019 (in force until 2039), so tests never collide. */
export function randomInventionNumber(): string {
  let digits = '20191';
  for (let i = 0; i < 7; i++) digits += Math.floor(Math.random() * 10);
  return `${digits}.${patentCheckChar(digits)}`;
}

/** Terms that pass every guard for a granted, unencumbered patent: three years from today. */
export const declarationInput = (patentNumber: string, overrides: Record<string, unknown> = {}) => {
  const start = todayInChina();
  return {
    patentNumber,
    royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
    royaltyEstimationNote: '参考同领域电池材料专利近三年许可费率 2%–5% 确定',
    period: { start, end: addDays(addYears(start, 3), -1) },
    scope: '制造、使用、销售、许诺销售本专利产品',
    contact: { name: '王老师', phone: '13800138000', email: 'tech@test.openlicense.cn' },
    ...overrides,
  };
};

const holder = { name: '测试大学', regionCode: '430100', type: 'university' as const };

/** A stored-shape draft declaration of `holderOrgId`, with its catalogue copy, as the API makes it. */
export function declarationRecordOf(
  holderOrgId: string,
  overrides: Partial<DeclarationRecord> = {},
  patentNumber = randomInventionNumber(),
): DeclarationRecord {
  const at = overrides.createdAt ?? new Date().toISOString();
  const patent = toPatent(
    PatentInputSchema.parse({
      number: patentNumber,
      title: '一种高镍三元正极材料的制备方法',
      abstract: '通过共沉淀与两段烧结提高循环稳定性。',
      keywords: ['高镍', '正极材料'],
      industryChains: ['先进储能材料'],
      ipc: ['H01M 4/525'],
      patentees: [{ name: holder.name, orgId: holderOrgId }],
      filingDate: '2019-03-15',
      grantDate: '2021-06-20',
      legal: { annualFee: 'paid', proceedingsSuspended: false },
    }),
    holderOrgId,
    at,
  );
  const declaration = newDeclaration(DeclarationInputSchema.parse(declarationInput(patentNumber)), patent, {
    id: ulid(),
    holderOrgId,
    at,
  });
  const merged = { ...declaration, ...overrides };
  return { ...merged, listing: listingSummary(patent, holder, merged.period), ...overrides };
}
