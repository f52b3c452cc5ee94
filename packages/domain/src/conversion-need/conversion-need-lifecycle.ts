import type { DealKind } from '../deal/deal.ts';
import { DomainError } from '../errors.ts';
import {
  CONVERSION_NEED_STATUS_LABELS,
  type ConversionNeed,
  type ConversionNeedKind,
  type ConversionNeedStatus,
} from './conversion-need.ts';

/** How far ahead a conversion need may close. */
export const CONVERSION_NEED_MAX_DAYS_AHEAD = 366;

/**
 * The status people see on `today` (China date): an open or answered need past its closing date is
 * closed, whatever the stored status says (nothing rewrites it when the day passes).
 */
export function conversionNeedStatusOn(
  need: Pick<ConversionNeed, 'status' | 'closingDate'>,
  today: string,
): ConversionNeedStatus {
  if ((need.status === 'open' || need.status === 'answered') && need.closingDate < today) return 'closed';
  return need.status;
}

/** Whether enterprises may still answer: open or answered, and not past its closing date. */
export const takesAnswers = (
  need: Pick<ConversionNeed, 'status' | 'closingDate'>,
  today: string,
): boolean => {
  const status = conversionNeedStatusOn(need, today);
  return status === 'open' || status === 'answered';
};

const refused = (status: ConversionNeedStatus, zh: string, en: string) =>
  new DomainError(
    'conversion_need_closed',
    `该成果转化需求${CONVERSION_NEED_STATUS_LABELS[status]}，不能${zh} / this conversion need is ${status}: it cannot be ${en}`,
    409,
    { status },
  );

/** The need after an answer: `answered`, one more answer; 409 once closed or withdrawn. */
export function answerConversionNeed(need: ConversionNeed, today: string, at: string): ConversionNeed {
  const status = conversionNeedStatusOn(need, today);
  if (status !== 'open' && status !== 'answered') throw refused(status, '再回应', 'answered');
  return {
    ...need,
    status: 'answered',
    answerCount: need.answerCount + 1,
    updatedAt: at,
    version: need.version + 1,
  };
}

/** The poster withdraws (撤回) or closes (结束征集) the need; 409 once closed or withdrawn. */
export function endConversionNeed(
  need: ConversionNeed,
  to: 'withdrawn' | 'closed',
  today: string,
  at: string,
): ConversionNeed {
  const status = conversionNeedStatusOn(need, today);
  if (status !== 'open' && status !== 'answered')
    throw refused(status, to === 'withdrawn' ? '撤回' : '结束', to === 'withdrawn' ? 'withdrawn' : 'closed');
  return { ...need, status: to, updatedAt: at, version: need.version + 1 };
}

/** The closing date must lie from today to {@link CONVERSION_NEED_MAX_DAYS_AHEAD} days ahead. */
export function closingDateProblem(closingDate: string, today: string, latest: string): string | undefined {
  if (closingDate < today)
    return `截止日期不能早于今日 ${today} / closingDate cannot be before today (${today})`;
  if (closingDate > latest) return `截止日期不能晚于 ${latest} / closingDate must be on or before ${latest}`;
  return undefined;
}

/** The kind of deal an answer opens: investment is equity, production a licence, the rest joint development. */
export const DEAL_KIND_OF_CONVERSION: Readonly<Record<ConversionNeedKind, DealKind>> = {
  pilot_scale: 'joint_development',
  manufacturing: 'ordinary_license',
  co_development: 'joint_development',
  investment: 'equity',
};
