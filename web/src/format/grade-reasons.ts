import type { GradeReason } from '../api/patents.ts';
import { getLocale, interpolate, type Locale, type MessageKey, messages } from '../i18n/messages.ts';

type Params = GradeReason['params'];

/** A reason's parameter as its reader reads it: lists joined in the reader's way, scores rounded. */
function shown(value: Params[string], locale: Locale): string {
  if (Array.isArray(value)) return value.join(locale === 'zh-CN' ? '、' : ', ');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

/** One grade reason in `locale` (the current one unless named), with its parameters filled in. */
export function gradeReasonText(
  reason: Pick<GradeReason, 'code' | 'params'>,
  locale: Locale = getLocale(),
): string {
  const catalogue = messages[locale];
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(reason.params)) params[name] = shown(value, locale);
  if (reason.code === 'exclusive_licence_in_force') {
    const kind = reason.params.kind === 'sole' ? 'sole' : 'exclusive';
    params.kind = catalogue[`patentGrade.kind.${kind}` as MessageKey];
  }
  return interpolate(catalogue[`gradeReason.${reason.code}` as MessageKey], params);
}

/** A reason's effect on the score, signed: `+15`, `-20`, or nothing for a fact that only informs. */
export function gradeEffectText(effect: number): string {
  if (effect === 0) return '';
  return effect > 0 ? `+${effect}` : `${effect}`;
}
