import type { GradeReason, GradeReasonCode } from './grade-reason.ts';

/**
 * Each grade reason in Chinese, for what the server writes itself (the ledger's XLSX export); the screens
 * phrase the same codes from their message catalogue (`gradeReason.*` in web/src/i18n/messages/patents.ts,
 * kept equal to these by a test).
 */
export const GRADE_REASON_ZH: Readonly<Record<GradeReasonCode, string>> = {
  lapsed: '专利权已终止（届满日 {expiryDate}）',
  invalidated: '专利权已被宣告无效',
  term_ended: '保护期已于 {expiryDate} 届满',
  term_long: '剩余保护期 {yearsLeft} 年（至 {expiryDate}），较长',
  term_medium: '剩余保护期 {yearsLeft} 年（至 {expiryDate}）',
  term_short: '剩余保护期仅 {yearsLeft} 年（至 {expiryDate}）',
  type_invention: '发明专利',
  type_utility_model: '实用新型专利',
  type_design: '外观设计专利',
  evaluation_favourable: '专利权评价报告结论为可授权',
  evaluation_unfavourable: '专利权评价报告结论不利',
  evaluation_missing: '尚未提交专利权评价报告（实用新型、外观设计声明开放许可须提交）',
  not_granted: '尚未授权',
  fee_late_window: '年费处于滞纳期',
  pledged_with_consent: '已质押，质权人已同意许可',
  pledged_without_consent: '已质押，未取得质权人同意',
  proceedings_suspended: '专利权相关程序已中止',
  dispute_open: '存在未决的权属异议',
  exclusive_licence_in_force: '{kind}许可有效期至 {until}',
  demand_strong: '有高度匹配的企业需求（匹配度 {score}）',
  demand_moderate: '有一定匹配的企业需求（匹配度 {score}）',
  demand_count: '匹配的需求共 {count} 条',
  demand_none: '暂无匹配的企业需求',
  chain_priority: '服务本地重点产业链：{chains}',
  chain_served: '服务产业链：{chains}',
  chain_none: '未对应产业链',
  licensed_repeatedly: '已多次许可（许可 {licences} 项，成交 {deals} 笔）',
  licensed_before: '曾有许可（许可 {licences} 项，成交 {deals} 笔）',
  licensing_none: '尚无许可记录',
};

const LICENCE_KIND_ZH: Readonly<Record<string, string>> = { exclusive: '独占', sole: '排他' };

function shownZh(value: GradeReason['params'][string]): string {
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

/** One grade reason in Chinese with its parameters filled in: `服务本地重点产业链：先进储能材料、新能源汽车`. */
export function gradeReasonZh(reason: Pick<GradeReason, 'code' | 'params'>): string {
  return GRADE_REASON_ZH[reason.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'kind') return LICENCE_KIND_ZH[String(reason.params.kind)] ?? LICENCE_KIND_ZH.exclusive!;
    const value = reason.params[name];
    return value === undefined ? whole : shownZh(value);
  });
}

/** A grade's reasons on one line, as a spreadsheet cell holds them: `发明专利；剩余保护期 14 年（至 2039-03-14），较长`. */
export function gradeReasonsZh(reasons: readonly Pick<GradeReason, 'code' | 'params'>[]): string {
  return reasons.map(gradeReasonZh).join('；');
}
