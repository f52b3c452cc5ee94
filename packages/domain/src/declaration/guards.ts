import { type Patent, patentInForce } from '../patent/patent.ts';
import type { DeclarationInput } from './declaration.ts';
import { type GuidanceCode, royaltyGuidanceWarnings } from './guidance-caps.ts';
import type { Issue } from './issue.ts';
import type { LicencePeriod } from './licence-period.ts';
import { periodCoversOneYear } from './licence-period.ts';
import { checkMarketingText } from './marketing-claims.ts';
import { findPromotionalWords } from './promotional-wording.ts';

export type DeclarationGuardCode =
  | 'patent_not_granted'
  | 'patent_not_in_force'
  | 'annual_fee_unpaid'
  | 'annual_fee_late_window'
  | 'exclusive_licence_in_force'
  | 'proceedings_suspended'
  | 'pledge_without_consent'
  | 'co_owner_not_consented'
  | 'evaluation_report_missing'
  | 'evaluation_report_unfavourable'
  | 'period_too_short'
  | 'period_past_expiry'
  | 'period_start_in_past'
  | 'promotional_wording'
  | 'number_mismatch'
  | 'declaration_active'
  | 'marketing_absolute_claims';

/** Short Chinese titles for the UI, one per error and warning code. */
export const DECLARATION_GUARD_TITLES: Record<DeclarationGuardCode | GuidanceCode, string> = {
  patent_not_granted: '专利尚未授权公告',
  patent_not_in_force: '专利权已终止或无效',
  annual_fee_unpaid: '年费未缴纳',
  annual_fee_late_window: '年费处于滞纳期',
  exclusive_licence_in_force: '存在有效的独占或排他许可',
  proceedings_suspended: '专利权处于中止程序',
  pledge_without_consent: '质押未经质权人同意',
  co_owner_not_consented: '共有人未同意',
  evaluation_report_missing: '缺少专利权评价报告',
  evaluation_report_unfavourable: '专利权评价报告结论不利',
  period_too_short: '许可期限不足一年',
  period_past_expiry: '许可期限超过专利权期限',
  period_start_in_past: '许可期限起始日早于今日',
  promotional_wording: '含有广告宣传用语',
  number_mismatch: '专利号不一致',
  declaration_active: '该专利已有有效的开放许可声明',
  marketing_absolute_claims: '宣传介绍含有绝对化用语',
  fixed_fee_above_guidance: '固定费用高于指导标准',
  net_sales_rate_above_guidance: '销售额提成比例高于指导标准',
  profit_rate_above_guidance: '利润提成比例高于指导标准',
};

export interface GuardResult {
  errors: Issue[];
  warnings: Issue[];
}

const NOT_IN_FORCE = {
  expired: ['专利权期限已届满', 'the patent has expired'],
  lapsed: ['专利权因未缴年费已终止', 'the patent lapsed for unpaid annual fees'],
  invalidated: ['专利权已被宣告无效', 'the patent has been invalidated'],
} as const;

/** What the patent itself must satisfy on `today` (Regs Art 86), whatever the declaration says. */
export function checkPatentDeclarable(
  patent: Patent,
  today: string,
  consent: { pledgeeConsent?: boolean | undefined; evaluationReportReference?: string | undefined } = {},
): Issue[] {
  const issues: Issue[] = [];
  const force = patentInForce(patent, today);
  if (force.reason === 'not_granted') {
    issues.push({
      code: 'patent_not_granted',
      message: '专利授权公告后才能声明开放许可 / a patent can be declared only after its grant is published',
    });
  } else if (force.reason !== undefined) {
    const [zh, en] = NOT_IN_FORCE[force.reason];
    issues.push({
      code: 'patent_not_in_force',
      message: `${zh}，不能声明开放许可 / ${en} and cannot be declared`,
    });
  }

  const { legal } = patent;
  if (legal.annualFee === 'lapsed') {
    issues.push({
      code: 'annual_fee_unpaid',
      field: 'legal.annualFee',
      message:
        '年费未缴纳，请先缴清年费（专利权已终止的，可在期限内请求恢复权利）/ annual fees are unpaid: pay them first (a lapsed right may be restored in time)',
    });
  }
  if (legal.annualFee === 'late_window') {
    issues.push({
      code: 'annual_fee_late_window',
      field: 'legal.annualFee',
      message:
        '年费处于滞纳期，请缴清年费及滞纳金后再声明 / annual fees are in the late-payment window: pay the fee and surcharge first',
    });
  }
  if (legal.exclusiveLicence !== undefined && legal.exclusiveLicence.until >= today) {
    const kind = legal.exclusiveLicence.kind === 'exclusive' ? ['独占', 'an exclusive'] : ['排他', 'a sole'];
    issues.push({
      code: 'exclusive_licence_in_force',
      field: 'legal.exclusiveLicence',
      message: `存在有效期至 ${legal.exclusiveLicence.until} 的${kind[0]}许可，期满后才能声明 / ${kind[1]} licence runs until ${legal.exclusiveLicence.until}; declare after it ends`,
    });
  }
  if (legal.proceedingsSuspended) {
    issues.push({
      code: 'proceedings_suspended',
      field: 'legal.proceedingsSuspended',
      message:
        '专利权因权属纠纷或财产保全处于中止程序，程序恢复后才能声明 / proceedings are suspended for an ownership dispute or preservation order; declare once they resume',
    });
  }
  if (legal.pledge !== undefined && !legal.pledge.pledgeeConsented && consent.pledgeeConsent !== true) {
    issues.push({
      code: 'pledge_without_consent',
      field: 'pledgeeConsent',
      message: `专利已质押给${legal.pledge.pledgee}，请取得质权人同意 / the patent is pledged to ${legal.pledge.pledgee}: get the pledgee's consent`,
    });
  }
  if (patent.type !== 'invention') {
    issues.push(...checkEvaluationReport(patent, consent.evaluationReportReference));
  }
  return issues;
}

/** Utility models and designs need a favourable evaluation report recorded on the patent. */
function checkEvaluationReport(patent: Patent, reference: string | undefined): Issue[] {
  const report = patent.evaluationReport;
  if (report === undefined) {
    const given = reference === undefined ? '' : `（已填写编号 ${reference}，但台账中未登记结论）`;
    return [
      {
        code: 'evaluation_report_missing',
        field: 'evaluationReportReference',
        message: `实用新型和外观设计须有专利权评价报告，请在专利台账中登记评价报告及其结论${given} / utility models and designs need an evaluation report: record it and its conclusion in the patent ledger`,
      },
    ];
  }
  if (report.conclusion === 'unfavourable') {
    return [
      {
        code: 'evaluation_report_unfavourable',
        field: 'evaluationReportReference',
        message: `评价报告 ${report.reference} 结论不利，不能声明开放许可 / evaluation report ${report.reference} is unfavourable, so the patent cannot be declared`,
      },
    ];
  }
  return [];
}

/** The licence period against the patent's term: at least a year, ending by the expiry date. */
export function checkPeriodWithinTerm(period: LicencePeriod, expiryDate: string): Issue[] {
  const issues: Issue[] = [];
  if (!periodCoversOneYear(period)) {
    issues.push({
      code: 'period_too_short',
      field: 'period.end',
      message: '许可期限至少一年 / the licence period must be at least one year',
    });
  }
  if (period.end > expiryDate) {
    issues.push({
      code: 'period_past_expiry',
      field: 'period.end',
      message: `许可期限不能晚于专利权届满日 ${expiryDate} / the licence period must end by the patent's expiry on ${expiryDate}`,
    });
  }
  return issues;
}

/** Patentees other than the declaring holder who have not consented, by name. */
function missingCoOwnerConsents(patent: Patent, input: DeclarationInput): string[] {
  const consented = new Set(
    input.coOwnerConsents.filter((c) => c.consented).map((c) => c.name.normalize('NFKC')),
  );
  return patent.patentees
    .filter((patentee) => patentee.orgId !== patent.holderOrgId)
    .map((patentee) => patentee.name)
    .filter((name) => !consented.has(name.normalize('NFKC')));
}

const STATUTORY_TEXT_FIELDS = [
  ['scope', '实施范围'],
  ['royaltyEstimationNote', '许可使用费估算说明'],
  ['territory', '许可地域'],
] as const;

/**
 * Every reason `patent` cannot be declared on `today` with `input` (Regs Art 85–86), all at once so the
 * holder can fix them together; plus warnings for a price outside CNIPA's reported guidance. The
 * declaration may be submitted only when `errors` is empty.
 */
export function checkDeclarable(patent: Patent, input: DeclarationInput, today: string): GuardResult {
  const errors: Issue[] = [];
  if (input.patentNumber !== patent.number) {
    errors.push({
      code: 'number_mismatch',
      field: 'patentNumber',
      message: `声明的专利号与专利台账（${patent.number}）不一致 / the patent number does not match the ledger (${patent.number})`,
    });
  }
  errors.push(...checkPatentDeclarable(patent, today, input));

  const missing = missingCoOwnerConsents(patent, input);
  if (missing.length > 0) {
    errors.push({
      code: 'co_owner_not_consented',
      field: 'coOwnerConsents',
      message: `请取得全部共有人同意：${missing.join('、')} / every co-owner must consent: ${missing.join(', ')}`,
    });
  }

  errors.push(...checkPeriodWithinTerm(input.period, patent.expiryDate));
  if (input.period.start < today) {
    errors.push({
      code: 'period_start_in_past',
      field: 'period.start',
      message: `许可期限起始日不能早于今日 ${today} / the licence period cannot start before today (${today})`,
    });
  }

  for (const [field, zh] of STATUTORY_TEXT_FIELDS) {
    const words = findPromotionalWords(input[field]);
    if (words.length > 0) {
      errors.push({
        code: 'promotional_wording',
        field,
        message: `${zh}不能使用广告宣传用语：${words.join('、')}；宣传内容请写在宣传介绍中 / ${field} must not use promotional wording (${words.join(', ')}); put promotion in marketingText`,
      });
    }
  }

  return {
    errors,
    warnings: [...royaltyGuidanceWarnings(input.royalty), ...checkMarketingText(input.marketingText)],
  };
}
