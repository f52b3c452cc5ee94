import * as z from 'zod/mini';
import { FenSchema } from '../validation/money.ts';

export const ROYALTY_METHODS = [
  'lump_sum',
  'running_royalty',
  'entry_fee_plus_royalty',
  'instalments',
  'free',
] as const;
export type RoyaltyMethod = (typeof ROYALTY_METHODS)[number];

/** 许可使用费支付方式, as printed on the declaration. */
export const ROYALTY_METHOD_TITLES: Record<RoyaltyMethod, string> = {
  lump_sum: '一次性付费',
  running_royalty: '提成支付',
  entry_fee_plus_royalty: '入门费+提成',
  instalments: '分期付费',
  free: '免费',
};

export const ROYALTY_BASES = ['net_sales', 'profit', 'per_unit'] as const;
export type RoyaltyBase = (typeof ROYALTY_BASES)[number];

/** 提成基数 */
export const ROYALTY_BASE_TITLES: Record<RoyaltyBase, string> = {
  net_sales: '按净销售额',
  profit: '按利润',
  per_unit: '按件',
};

const positiveFen = (field: string, zh: string) =>
  FenSchema.check(z.refine((fen) => fen > 0, `${zh}须大于 0 / ${field} must be more than 0`));

/** A percentage written with at most two decimals, held exactly as hundredths of a per cent. */
const hasTwoDecimalsAtMost = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

const RatePercentSchema = z
  .number({ error: '提成比例须为数字 / ratePercent must be a number' })
  .check(
    z.gt(0, '提成比例须大于 0 / ratePercent must be more than 0'),
    z.lte(100, '提成比例不能超过 100% / ratePercent must be at most 100'),
    z.refine(hasTwoDecimalsAtMost, '提成比例最多两位小数 / ratePercent has at most two decimals'),
  );

const BaseSchema = z.enum(ROYALTY_BASES, {
  error: '请选择提成基数（净销售额、利润或按件）/ choose the base: net_sales, profit or per_unit',
});

interface RunningTerms {
  base: RoyaltyBase;
  ratePercent?: number | undefined;
  perUnitFen?: number | undefined;
}

/** A rate goes with a sales or profit base, a per-unit fee with a per-unit base; never both. */
function checkRunningTerms(terms: RunningTerms, ctx: z.core.$RefinementCtx): void {
  if (terms.base === 'per_unit') {
    if (terms.perUnitFen === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['perUnitFen'],
        message: '按件提成时请填写每件费用（perUnitFen）/ perUnitFen is required when the base is per_unit',
      });
    }
    if (terms.ratePercent !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['ratePercent'],
        message:
          '按件提成时不填提成比例（ratePercent）/ ratePercent does not apply when the base is per_unit',
      });
    }
    return;
  }
  if (terms.ratePercent === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['ratePercent'],
      message:
        '按净销售额或利润提成时请填写提成比例（ratePercent）/ ratePercent is required when the base is net_sales or profit',
    });
  }
  if (terms.perUnitFen !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['perUnitFen'],
      message:
        '按净销售额或利润提成时不填每件费用（perUnitFen）/ perUnitFen does not apply when the base is net_sales or profit',
    });
  }
}

const runningShape = {
  base: BaseSchema,
  ratePercent: z.optional(RatePercentSchema),
  perUnitFen: z.optional(positiveFen('perUnitFen', '每件费用')),
};

const LumpSumSchema = z.object({
  method: z.literal('lump_sum'),
  amountFen: positiveFen('amountFen', '一次性付费金额（免费许可请选择"免费"）'),
});

const RunningRoyaltySchema = z
  .object({ method: z.literal('running_royalty'), ...runningShape })
  .check(z.superRefine(checkRunningTerms));

const EntryFeePlusRoyaltySchema = z
  .object({
    method: z.literal('entry_fee_plus_royalty'),
    entryFeeFen: positiveFen('entryFeeFen', '入门费'),
    ...runningShape,
  })
  .check(z.superRefine(checkRunningTerms));

export const InstalmentSchema = z.object({
  /** Months after the licence period starts; 0 is due on the first day. */
  dueAfterMonths: z
    .int('到期月数须为整数 / dueAfterMonths must be a whole number')
    .check(z.gte(0, '到期月数不能为负数 / dueAfterMonths must not be negative'), z.lte(600)),
  amountFen: positiveFen('amountFen', '每期金额'),
});
export type Instalment = z.infer<typeof InstalmentSchema>;

const InstalmentsSchema = z
  .object({
    method: z.literal('instalments'),
    totalFen: positiveFen('totalFen', '分期总额'),
    schedule: z
      .array(InstalmentSchema)
      .check(z.minLength(1, '请至少填写一期 / schedule needs at least one instalment'), z.maxLength(120)),
  })
  .check(
    z.superRefine((royalty, ctx) => {
      const sum = royalty.schedule.reduce((total, instalment) => total + instalment.amountFen, 0);
      if (sum !== royalty.totalFen) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule'],
          message: `各期金额之和（${sum} 分）应等于分期总额（${royalty.totalFen} 分）/ schedule amounts add up to ${sum} fen, not totalFen ${royalty.totalFen}`,
        });
      }
      royalty.schedule.forEach((instalment, i) => {
        const previous = royalty.schedule[i - 1];
        if (previous !== undefined && instalment.dueAfterMonths <= previous.dueAfterMonths) {
          ctx.addIssue({
            code: 'custom',
            path: ['schedule', i, 'dueAfterMonths'],
            message:
              '各期应按到期月数从早到晚排列且不重复 / schedule must be in ascending dueAfterMonths without repeats',
          });
        }
      });
    }),
  );

const FreeSchema = z.object({ method: z.literal('free') });

/**
 * 许可使用费: how and how much a licensee pays, the same for every licensee. Money is integer fen; a rate is
 * a per cent with at most two decimals.
 */
export const RoyaltySchema = z.discriminatedUnion(
  'method',
  [LumpSumSchema, RunningRoyaltySchema, EntryFeePlusRoyaltySchema, InstalmentsSchema, FreeSchema],
  {
    error:
      '请选择许可使用费支付方式：一次性付费、提成支付、入门费+提成、分期付费或免费 / choose the royalty method: lump_sum, running_royalty, entry_fee_plus_royalty, instalments or free',
  },
);
export type Royalty = z.infer<typeof RoyaltySchema>;
export type RunningRoyalty = Extract<Royalty, { method: 'running_royalty' | 'entry_fee_plus_royalty' }>;

/**
 * The rate in hundredths of a per cent (basis points), so arithmetic stays in integers.
 *
 * @example rateBasisPoints(3.25) // 325
 */
export function rateBasisPoints(ratePercent: number): number {
  return Math.round(ratePercent * 100);
}
