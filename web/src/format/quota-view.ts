import type { QuotaStatus, QuotaTargetView } from '../api/quotas.ts';
import { interpolate, type Locale, type MessageKey, messages } from '../i18n/messages.ts';
import type { Badge, BadgeTone } from './badge.ts';
import { formatAmount } from './money.ts';

const STATUS_TONES: Readonly<Record<QuotaStatus, BadgeTone>> = {
  met: 'ok',
  on_track: 'info',
  at_risk: 'warn',
  missed: 'danger',
};

/** A target's (or an organisation's) status: 已达成, 进度正常, 有风险, 未达成. */
export function quotaStatusBadge(status: QuotaStatus): Badge {
  return { label: `quota.status.${status}`, tone: STATUS_TONES[status] };
}

/** The status the server gave, or (from an older server) met / on track from `met` alone. */
export const statusOf = (target: Pick<QuotaTargetView, 'met' | 'status'>): QuotaStatus =>
  target.status ?? (target.met ? 'met' : 'on_track');

/** Amounts travel in fen with the unit `分` (unit code `fen`). */
export const isAmountUnit = (unit: string): boolean => unit === '分' || unit === 'fen';

/** The unit codes of counts the server sends (`unitCode`), phrased per language. */
const COUNT_UNIT_CODES: readonly string[] = ['times', 'events', 'items'];

/**
 * A target's figure for reading: money as 万元 (or yuan in English), counts with their unit.
 *
 * @example formatQuotaValue(200_000_000, '分', 'zh-CN') // '200万元'
 * @example formatQuotaValue(3, '件', 'zh-CN') // '3 件'
 */
export function formatQuotaValue(value: number, unit: string, locale: Locale): string {
  if (isAmountUnit(unit)) return formatAmount(value, locale);
  if (COUNT_UNIT_CODES.includes(unit))
    return interpolate(messages[locale][`quota.unit.${unit}` as MessageKey], {
      value: value.toLocaleString('en-US'),
    });
  return `${value.toLocaleString('en-US')} ${unit}`;
}

/**
 * How far a target got, 0–1: the better of its measure and, for an "either" target (件数或金额), the
 * second measure. A target of 0 is complete.
 */
export function targetProgress(target: Pick<QuotaTargetView, 'target' | 'actual' | 'either'>): number {
  const part = (actual: number, goal: number) => (goal > 0 ? Math.min(1, Math.max(0, actual / goal)) : 1);
  const main = part(target.actual, target.target);
  return target.either ? Math.max(main, part(target.either.actual, target.either.target)) : main;
}

export interface TargetBar {
  key: string;
  label: string;
  status: QuotaStatus;
  y: number;
  /** The bar's length for the progress (0–1 of the track). */
  width: number;
  /** Where the pace for the elapsed part of the year sits on the track, when known. */
  paceX: number | null;
  progress: number;
}

export interface TargetChart {
  width: number;
  height: number;
  trackX: number;
  trackWidth: number;
  rowHeight: number;
  bars: TargetBar[];
}

/**
 * Geometry of the quota dashboard's target chart (inline SVG, no library): one row per target, its progress
 * as a bar on a 0–100 % track, and a mark where the year's pace (`expected`) asks it to be by now.
 */
export function targetChart(
  targets: readonly QuotaTargetView[],
  size: { width: number; rowHeight: number; labelWidth: number } = {
    width: 720,
    rowHeight: 36,
    labelWidth: 220,
  },
): TargetChart {
  const trackX = size.labelWidth;
  const trackWidth = size.width - size.labelWidth - 56;
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = targets.map((target, i) => {
    const progress = targetProgress(target);
    const pace =
      target.expected !== undefined && target.target > 0
        ? Math.min(1, target.expected / target.target)
        : null;
    return {
      key: target.key,
      label: target.label,
      status: statusOf(target),
      y: i * size.rowHeight,
      width: round(progress * trackWidth),
      paceX: pace === null ? null : round(trackX + pace * trackWidth),
      progress,
    };
  });
  return {
    width: size.width,
    height: Math.max(1, targets.length) * size.rowHeight,
    trackX,
    trackWidth,
    rowHeight: size.rowHeight,
    bars,
  };
}

/** The counterpart an evidence row names in its data (enterprise, licensee, acquirer…), or ''. */
export { evidenceCounterpart } from '@openlicense/domain/quota/target-evidence';

/** A hash shortened for a table cell: the first and last 6 characters. */
export const shortHash = (hash: string): string =>
  hash.length > 14 ? `${hash.slice(0, 6)}…${hash.slice(-6)}` : hash;

/** The years a dashboard offers: this one back to the platform's first. */
export function yearOptions(thisYear: number, first = 2024): number[] {
  return Array.from({ length: Math.max(1, thisYear - first + 1) }, (_, i) => thisYear - i);
}

/** A `?year=` value when it is one of the offered years, else this year. */
export function pickYear(asked: string | null, thisYear: number, first = 2024): number {
  const year = Number(asked);
  return Number.isInteger(year) && year >= first && year <= thisYear ? year : thisYear;
}
