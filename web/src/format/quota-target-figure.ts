import { type Locale, messages } from '../i18n/messages.ts';
import { formatQuotaValue, isAmountUnit } from './quota-view.ts';

/**
 * A target's own figure (what the year asks for), which is not always a plain number: a target of 0 asks
 * for nothing (无要求), and an amount target of 1 fen is how "any amount meets it" is kept (a university
 * with no conversion amount last year), so it reads 大于 0 元 rather than the artefact 0.01元.
 *
 * @example formatTargetFigure(1, '分', 'zh-CN') // '大于 0 元'
 * @example formatTargetFigure(200_000_000, '分', 'zh-CN') // '200万元'
 */
export function formatTargetFigure(target: number, unit: string, locale: Locale): string {
  if (target <= 0) return messages[locale]['quota.notRequired'];
  if (isAmountUnit(unit) && target === 1) return messages[locale]['quota.anyAmount'];
  return formatQuotaValue(target, unit, locale);
}
