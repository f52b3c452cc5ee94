import * as z from 'zod/mini';
import type { OrgType } from '../organisation/index.ts';
import { FenSchema, formatFenZh } from '../validation/money.ts';

/**
 * The yearly targets the IP office measures each organisation type on (defaults from the Hengyang 2023
 * funding guide; the university growth rule from the Changsha plan). Amounts are integer fen (unit `分`).
 */
export const QUOTA_KEYS = [
  'precise_pushes',
  'events_held',
  /** 宣传培训 (政策宣讲、专家座谈、实操培训): measured only where the IP office set a target (none by default). */
  'trainings_held',
  'brokered_deals',
  'intake_count',
  'intake_fen',
  'conversion_count',
  'conversion_fen',
] as const;
export const QuotaKeySchema = z.enum(QUOTA_KEYS);
export type QuotaKey = z.infer<typeof QuotaKeySchema>;

/**
 * - `met`: the target is reached;
 * - `on_track`: not yet, but at the pace the elapsed part of the year asks for;
 * - `at_risk`: the year is not over and the actual is behind that pace;
 * - `missed`: the year is over and the target was not reached.
 */
export const QUOTA_STATUSES = ['met', 'on_track', 'at_risk', 'missed'] as const;
export const QuotaStatusSchema = z.enum(QUOTA_STATUSES);
export type QuotaStatus = z.infer<typeof QuotaStatusSchema>;

export const QUOTA_STATUS_LABELS: Readonly<Record<QuotaStatus, string>> = {
  met: '已达成',
  on_track: '进度正常',
  at_risk: '有风险',
  missed: '未达成',
};

const count = (label: string) =>
  z
    .int(`${label}应为整数 / must be a whole number`)
    .check(
      z.gte(0, `${label}不能为负数 / must not be negative`),
      z.lte(1_000_000, `${label}过大 / too large`),
    );

/** 服务机构、园区：精准推送、对接活动、高校院所向企业许可/转让（件数或金额，任一达到即可）。 */
export const BrokerTargetValuesSchema = z.object({
  precisePushes: count('精准推送次数'),
  eventsHeld: count('对接活动场次'),
  /** The upper end of the range shown (2–3 场); only the lower end must be reached. */
  eventsHeldUpTo: count('对接活动场次上限'),
  brokeredCount: count('促成许可/转让件数'),
  /**
   * 宣传培训场次: the Hengyang guide asks for briefings and training but states no number, so there is none
   * by default; absent or 0 means no target (the events are still recorded, counted and reported).
   */
  trainingsHeld: z.optional(count('宣传培训场次')),
  /** 促成许可/转让金额 (the one money schema: at most ¥10,000,000,000). */
  brokeredFen: FenSchema,
});
export type BrokerTargetValues = z.infer<typeof BrokerTargetValuesSchema>;

/** 企业：引进专利件数**且**金额（两个目标）。 */
export const EnterpriseTargetValuesSchema = z.object({
  intakeCount: count('引进专利件数'),
  /** 引进专利金额 (the one money schema: at most ¥10,000,000,000). */
  intakeFen: FenSchema,
});
export type EnterpriseTargetValues = z.infer<typeof EnterpriseTargetValuesSchema>;

/** 高校院所：转化次数与金额同比增长（长沙：≥ 20%），目标 = 上年实际 × (1 + 增长率)，上年为 0 时至少 1。 */
export const UniversityTargetValuesSchema = z.object({
  growthPercent: z
    .number('增长率应为数字 / growth must be a number')
    .check(
      z.gte(0, '增长率不能为负数 / growth must not be negative'),
      z.lte(1000, '增长率过大 / growth too large'),
    ),
});
export type UniversityTargetValues = z.infer<typeof UniversityTargetValuesSchema>;

/** Every role's target values for one year. */
export const QuotaTargetValuesSchema = z.object({
  agency: BrokerTargetValuesSchema,
  park: BrokerTargetValuesSchema,
  enterprise: EnterpriseTargetValuesSchema,
  university: UniversityTargetValuesSchema,
});
export type QuotaTargetValues = z.infer<typeof QuotaTargetValuesSchema>;

/** 服务机构和园区：每年精准推送不少于 1,000 次。 */
export const PRECISE_PUSH_TARGET = 1000;

const BROKER_DEFAULTS: BrokerTargetValues = {
  precisePushes: PRECISE_PUSH_TARGET,
  eventsHeld: 2,
  eventsHeldUpTo: 3,
  brokeredCount: 3,
  brokeredFen: 100_000_000,
};

/** The Hengyang 2023 guide's targets (and Changsha's 20 % growth), used for a year the IP office left alone. */
export const DEFAULT_QUOTA_TARGET_VALUES: QuotaTargetValues = {
  agency: BROKER_DEFAULTS,
  park: BROKER_DEFAULTS,
  enterprise: { intakeCount: 2, intakeFen: 200_000_000 },
  university: { growthPercent: 20 },
};

/** What the IP office stored for a year; absent years use the defaults. */
export const QuotaTargetSettingsSchema = z.object({
  year: z.int(),
  values: QuotaTargetValuesSchema,
  /** 0 while the year still uses the defaults. */
  version: z.int().check(z.gte(0)),
  updatedAt: z.optional(z.string()),
  updatedBy: z.optional(z.string()),
});
export type QuotaTargetSettings = z.infer<typeof QuotaTargetSettingsSchema>;

export const defaultQuotaTargetSettings = (year: number): QuotaTargetSettings => ({
  year,
  values: DEFAULT_QUOTA_TARGET_VALUES,
  version: 0,
});

/** The IP office's change: any role's values, each partly; the rest stays as it was. */
export const QuotaTargetValuesPatchSchema = z.strictObject({
  agency: z.optional(z.partial(BrokerTargetValuesSchema)),
  park: z.optional(z.partial(BrokerTargetValuesSchema)),
  enterprise: z.optional(z.partial(EnterpriseTargetValuesSchema)),
  university: z.optional(z.partial(UniversityTargetValuesSchema)),
});
export type QuotaTargetValuesPatch = z.infer<typeof QuotaTargetValuesPatchSchema>;

/** `values` with `patch` laid over it, role by role. */
export const patchQuotaTargetValues = (
  values: QuotaTargetValues,
  patch: QuotaTargetValuesPatch,
): QuotaTargetValues => ({
  agency: { ...values.agency, ...patch.agency },
  park: { ...values.park, ...patch.park },
  enterprise: { ...values.enterprise, ...patch.enterprise },
  university: { ...values.university, ...patch.university },
});

/** Where the IP office's values do not add up: an upper end below the lower end. */
export function quotaTargetValueIssues(values: QuotaTargetValues): { path: string; message: string }[] {
  return (['agency', 'park'] as const)
    .filter((type) => values[type].eventsHeldUpTo < values[type].eventsHeld)
    .map((type) => ({
      path: `${type}.eventsHeldUpTo`,
      message: '对接活动场次上限不能小于下限 / the upper end must not be below the lower end',
    }));
}

/**
 * The unit of a target's figure, as a code the web phrases in the reader's language: `times` (次),
 * `events` (场), `items` (件), `fen` (分, integer money).
 */
export const QUOTA_UNIT_CODES = ['times', 'events', 'items', 'fen'] as const;
export const QuotaUnitCodeSchema = z.enum(QUOTA_UNIT_CODES);
export type QuotaUnitCode = z.infer<typeof QuotaUnitCodeSchema>;

/** The Chinese unit each code stands for (the XLSX and other Chinese-only outputs). */
export const QUOTA_UNIT_LABELS: Readonly<Record<QuotaUnitCode, string>> = {
  times: '次',
  events: '场',
  items: '件',
  fen: '分',
};

/** The second measure of an `either` target: today only 促成许可/转让金额 beside the count. */
export const QUOTA_EITHER_KEYS = ['brokered_fen'] as const;
export const QuotaEitherKeySchema = z.enum(QUOTA_EITHER_KEYS);
export type QuotaEitherKey = z.infer<typeof QuotaEitherKeySchema>;

/**
 * How a derived target was set (universities grow on last year's actuals), as a code with `basisParams`
 * (`lastYear`: last year's actual in the target's unit, `growthPercent`), so the web phrases it per language:
 * - `first_conversion`: nothing converted last year, any conversion this year meets it;
 * - `first_conversion_amount`: no conversion amount last year, any amount meets it;
 * - `growth`: last year's actual grown by `growthPercent`.
 */
export const QUOTA_BASIS_CODES = ['first_conversion', 'first_conversion_amount', 'growth'] as const;
export const QuotaBasisCodeSchema = z.enum(QUOTA_BASIS_CODES);
export type QuotaBasisCode = z.infer<typeof QuotaBasisCodeSchema>;
export const QuotaBasisParamsSchema = z.object({ lastYear: z.number(), growthPercent: z.number() });
export type QuotaBasisParams = z.infer<typeof QuotaBasisParamsSchema>;

/** One target as it applies to one organisation in one year. */
export interface QuotaTargetDefinition {
  key: QuotaKey;
  /** The Chinese name (XLSX, print); the web names it from `key`. */
  label: string;
  /** `次`, `场`, `件` for counts; `分` for amounts (integer fen). Chinese; the web reads `unitCode`. */
  unit: string;
  unitCode: QuotaUnitCode;
  target: number;
  /** The upper end of a range shown (对接活动 2–3 场). */
  upTo?: number;
  /** A second measure that meets the target on its own (件数 **或** 金额). */
  either?: { key: QuotaEitherKey; label: string; unit: string; unitCode: QuotaUnitCode; target: number };
  /** How the target was set, when it is derived (上年实际 × 120%), in Chinese only; the web reads `basisCode`. */
  basis?: string;
  basisCode?: QuotaBasisCode;
  basisParams?: QuotaBasisParams;
}

/** What an organisation did in a year, as its counters hold it (attribute → number; missing is 0). */
export type QuotaCounts = Readonly<Record<string, number>>;

const growthTarget = (lastYear: number, growthPercent: number) =>
  lastYear === 0 ? 1 : Math.ceil((lastYear * (100 + growthPercent)) / 100);

/** The 宣传培训 target's name, and its section's in the evaluation report whether or not a target is set. */
export const TRAININGS_HELD_LABEL = '宣传培训（政策宣讲、专家座谈、实操培训）';

/**
 * The targets an organisation of `type` is measured on in a year with the year's `values`; universities
 * also need last year's counts (their targets grow on last year's actuals). Other types have none.
 */
export function quotaTargetsFor(
  type: OrgType,
  values: QuotaTargetValues = DEFAULT_QUOTA_TARGET_VALUES,
  lastYear: QuotaCounts = {},
): QuotaTargetDefinition[] {
  switch (type) {
    case 'agency':
    case 'park': {
      const v = values[type];
      return [
        {
          key: 'precise_pushes',
          label: '精准推送',
          unit: '次',
          unitCode: 'times',
          target: v.precisePushes,
        },
        {
          key: 'events_held',
          label: '举办对接活动',
          unit: '场',
          unitCode: 'events',
          target: v.eventsHeld,
          ...(v.eventsHeldUpTo > v.eventsHeld ? { upTo: v.eventsHeldUpTo } : {}),
        },
        ...(v.trainingsHeld
          ? [
              {
                key: 'trainings_held' as const,
                label: TRAININGS_HELD_LABEL,
                unit: '场',
                unitCode: 'events' as const,
                target: v.trainingsHeld,
              },
            ]
          : []),
        {
          key: 'brokered_deals',
          label: '促成高校院所向企业许可/转让',
          unit: '件',
          unitCode: 'items',
          target: v.brokeredCount,
          either: {
            key: 'brokered_fen',
            label: '促成许可/转让金额',
            unit: '分',
            unitCode: 'fen',
            target: v.brokeredFen,
          },
        },
      ];
    }
    case 'enterprise':
      return [
        {
          key: 'intake_count',
          label: '引进专利（许可、转让、作价入股）',
          unit: '件',
          unitCode: 'items',
          target: values.enterprise.intakeCount,
        },
        {
          key: 'intake_fen',
          label: '引进专利金额',
          unit: '分',
          unitCode: 'fen',
          target: values.enterprise.intakeFen,
        },
      ];
    case 'university': {
      const g = values.university.growthPercent;
      const lastCount = lastYear.conversionCount ?? 0;
      const lastFen = lastYear.conversionFen ?? 0;
      return [
        {
          key: 'conversion_count',
          label: '成果转化次数',
          unit: '次',
          unitCode: 'times',
          target: growthTarget(lastCount, g),
          basis: lastCount === 0 ? '上年无转化，本年有转化即达标' : `上年 ${lastCount} 次，同比增长 ${g}%`,
          basisCode: lastCount === 0 ? 'first_conversion' : 'growth',
          basisParams: { lastYear: lastCount, growthPercent: g },
        },
        {
          key: 'conversion_fen',
          label: '成果转化金额',
          unit: '分',
          unitCode: 'fen',
          target: growthTarget(lastFen, g),
          basis:
            lastFen === 0
              ? '上年无转化金额，本年有转化金额即达标'
              : `上年 ${formatFenZh(lastFen)}，同比增长 ${g}%`,
          basisCode: lastFen === 0 ? 'first_conversion_amount' : 'growth',
          basisParams: { lastYear: lastFen, growthPercent: g },
        },
      ];
    }
    default:
      return [];
  }
}

/** The counter attributes each target reads: its measure and, for `either`, the second one. */
export const QUOTA_COUNTER_ATTRIBUTES: Readonly<Record<QuotaKey, { actual: string; either?: string }>> = {
  precise_pushes: { actual: 'pushes' },
  events_held: { actual: 'eventsHeld' },
  trainings_held: { actual: 'trainingsHeld' },
  brokered_deals: { actual: 'brokeredCount', either: 'brokeredFen' },
  intake_count: { actual: 'intakeCount' },
  intake_fen: { actual: 'intakeFen' },
  conversion_count: { actual: 'conversionCount' },
  conversion_fen: { actual: 'conversionFen' },
};

export const QuotaTargetSchema = z.object({
  key: QuotaKeySchema.check(z.describe('指标代码，网页据此显示名称 / the target code the web names it by')),
  label: z.string().check(z.describe('中文名称（导出文件用）/ Chinese name, for exports')),
  unit: z.string().check(z.describe('中文单位（导出文件用）/ Chinese unit, for exports')),
  unitCode: QuotaUnitCodeSchema,
  target: z.number(),
  upTo: z.optional(z.number()),
  basis: z.optional(z.string()).check(z.describe('中文说明（导出文件用）/ Chinese note, for exports')),
  basisCode: z.optional(QuotaBasisCodeSchema),
  basisParams: z.optional(QuotaBasisParamsSchema),
  actual: z.number(),
  either: z.optional(
    z.object({
      key: QuotaEitherKeySchema,
      label: z.string(),
      unit: z.string(),
      unitCode: QuotaUnitCodeSchema,
      target: z.number(),
      actual: z.number(),
    }),
  ),
  met: z.boolean(),
  status: QuotaStatusSchema,
  /** What the elapsed part of the year asks for by now (the target for a year that is over). */
  expected: z.number(),
});
export type QuotaTarget = z.infer<typeof QuotaTargetSchema>;

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * How much of the China-time `year` has passed at `now`: 0 before it starts, 1 once it is over.
 *
 * @example yearElapsed(2026, new Date('2026-07-02T04:00:00Z')) // ≈ 0.5
 */
export function yearElapsed(year: number, now: Date): number {
  const start = Date.UTC(year, 0, 1) - CHINA_OFFSET_MS;
  const end = Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS;
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/**
 * A target with what was achieved by `elapsed` (of the year): met when the actual (or the `either`
 * measure) reaches it; otherwise missed once the year is over, at risk while behind the pace
 * `target × elapsed`, else on track.
 */
export function quotaTarget(
  definition: QuotaTargetDefinition,
  actual: number,
  elapsed = 0,
  eitherActual = 0,
): QuotaTarget {
  const { either: eitherDefinition, ...rest } = definition;
  const either = eitherDefinition ? { ...eitherDefinition, actual: eitherActual } : undefined;
  const met = actual >= definition.target || (either !== undefined && either.actual >= either.target);
  const behind =
    actual < definition.target * elapsed && (either === undefined || either.actual < either.target * elapsed);
  const status: QuotaStatus = met ? 'met' : elapsed >= 1 ? 'missed' : behind ? 'at_risk' : 'on_track';
  return {
    ...rest,
    actual,
    ...(either ? { either } : {}),
    met,
    status,
    expected: Math.ceil(definition.target * elapsed),
  };
}

/** The targets of `definitions` with the actuals from an organisation's counters of the year. */
export const evaluateQuotas = (
  definitions: readonly QuotaTargetDefinition[],
  counts: QuotaCounts,
  elapsed: number,
): QuotaTarget[] =>
  definitions.map((d) => {
    const attributes = QUOTA_COUNTER_ATTRIBUTES[d.key];
    return quotaTarget(
      d,
      counts[attributes.actual] ?? 0,
      elapsed,
      attributes.either ? (counts[attributes.either] ?? 0) : 0,
    );
  });

/** One organisation's status over all its targets: the worst of them (met only when every one is). */
export function overallQuotaStatus(targets: readonly Pick<QuotaTarget, 'status'>[]): QuotaStatus {
  for (const status of ['missed', 'at_risk', 'on_track'] as const)
    if (targets.some((t) => t.status === status)) return status;
  return 'met';
}
