import { ApiError } from '../../api/client.ts';
import type { GuardIssue, GuardView } from '../../api/declarations.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import type { Locale } from '../../i18n/messages.ts';

/**
 * Fields of the declaration form a guard may name. Anything else (the patent's legal status, `legal.*`,
 * or no field at all) is about the patent in the ledger and is fixed there.
 */
export const FORM_FIELDS: ReadonlySet<string> = new Set([
  'royalty.amountFen',
  'royalty.entryFeeFen',
  'royalty.totalFen',
  'royalty.ratePercent',
  'royalty.perUnitFen',
  'royalty.schedule',
  'royaltyEstimationNote',
  'period.start',
  'period.end',
  'scope',
  'territory',
  'contact.name',
  'contact.phone',
  'contact.email',
  'evaluationReportReference',
  'marketingText',
  'coOwnerConsents',
  'pledgeeConsent',
]);

/** Whether the fix for `issue` is in the patent ledger rather than in this form. */
export function fixedInLedger(issue: Pick<GuardIssue, 'field' | 'code'>): boolean {
  if (issue.code === 'evaluation_report_missing' || issue.code === 'evaluation_report_unfavourable')
    return true;
  return issue.field === undefined || !FORM_FIELDS.has(issue.field);
}

/**
 * What a guard says beside its field: the server's short Chinese title and what to fix, or, in English,
 * the English half of the message (the titles are Chinese only).
 *
 * @example guardText({ code: 'period_too_short', title: '许可期限不足一年', message: '许可期限至少一年 / …' }, 'zh-CN')
 * // '许可期限不足一年：许可期限至少一年'
 */
export function guardText(issue: Pick<GuardIssue, 'title' | 'message'>, locale: Locale): string {
  const message = localiseServerMessage(issue.message, locale);
  return locale === 'zh-CN' && issue.title && !message.startsWith(issue.title)
    ? `${issue.title}：${message}`
    : message;
}

/** The first finding for each form field, as text to show beside it. */
export function byField(issues: readonly GuardIssue[], locale: Locale): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of issues)
    if (issue.field !== undefined && FORM_FIELDS.has(issue.field))
      shown[issue.field] ??= guardText(issue, locale);
  return shown;
}

/** The guards a 422 `declaration_not_allowed` lists (its `details` are guard findings); none for other errors. */
export function refusedGuards(error: unknown): GuardIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'declaration_not_allowed') return [];
  return (error.details as readonly unknown[]).filter(
    (detail): detail is GuardIssue =>
      typeof detail === 'object' &&
      detail !== null &&
      typeof (detail as GuardIssue).code === 'string' &&
      typeof (detail as GuardIssue).message === 'string' &&
      typeof (detail as GuardIssue).title === 'string',
  );
}

export const NO_FINDINGS: GuardView = { errors: [], warnings: [] };
