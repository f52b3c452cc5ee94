import * as z from 'zod/mini';
import { type RunningRoyalty, rateBasisPoints } from '../declaration/royalty.ts';
import { IsoDateSchema } from '../patent/iso-date.ts';
import { FenSchema, MAX_ITEM_FEN } from '../validation/money.ts';

/**
 * A licensee's periodic report of what its running royalty is computed from (销售额/利润/件数 for a
 * quarter or a year). Only the volume the royalty's base names is read.
 */
export const RoyaltyReportInputSchema = z
  .object({
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    netSalesFen: z.optional(FenSchema),
    profitFen: z.optional(FenSchema),
    units: z.optional(
      z
        .int('件数须为整数 / units must be a whole number')
        .check(z.nonnegative('件数不能为负数 / units must not be negative')),
    ),
    note: z.optional(
      z
        .string()
        .check(z.trim(), z.maxLength(500, '说明不能超过 500 个字 / note must have at most 500 characters')),
    ),
  })
  .check(
    z.refine((report) => report.periodEnd >= report.periodStart, {
      path: ['periodEnd'],
      message: '报告期结束日不能早于开始日 / periodEnd must not be before periodStart',
    }),
  );
export type RoyaltyReportInput = z.infer<typeof RoyaltyReportInputSchema>;

const VOLUME_FIELD = { net_sales: 'netSalesFen', profit: 'profitFen', per_unit: 'units' } as const;
const VOLUME_LABEL = { net_sales: '净销售额', profit: '利润', per_unit: '件数' } as const;

/** The report field the royalty's base needs, for the form and for the error naming it. */
export const reportVolumeField = (royalty: RunningRoyalty) => VOLUME_FIELD[royalty.base];

/**
 * The royalty due on one report, in fen, rounded half up once; refuses a report without the volume the
 * base needs, or whose royalty would pass the bound of one amount (`MAX_ITEM_FEN`).
 *
 * @example royaltyDue({ method: 'running_royalty', base: 'net_sales', ratePercent: 3 }, { periodStart: '2027-01-01', periodEnd: '2027-03-31', netSalesFen: 100_000_000 }) // { ok: true, amountFen: 3_000_000 }
 */
export function royaltyDue(
  royalty: RunningRoyalty,
  report: RoyaltyReportInput,
):
  | { ok: true; amountFen: number }
  | { ok: false; code: 'volume_missing' | 'amount_over_bound'; field: string; message: string } {
  const field = VOLUME_FIELD[royalty.base];
  const volume = report[field];
  if (volume === undefined) {
    const label = VOLUME_LABEL[royalty.base];
    return {
      ok: false,
      code: 'volume_missing',
      field,
      message: `本许可按${label}提成，请填写报告期的${label} / this royalty is computed on ${field}; report it`,
    };
  }
  const amount =
    royalty.base === 'per_unit'
      ? BigInt(volume) * BigInt(royalty.perUnitFen ?? 0)
      : (BigInt(volume) * BigInt(rateBasisPoints(royalty.ratePercent ?? 0)) * 2n + 10_000n) / 20_000n;
  if (amount > BigInt(MAX_ITEM_FEN))
    return {
      ok: false,
      code: 'amount_over_bound',
      field,
      message: `本期应付提成超过单笔金额上限 100 亿元，请核对${VOLUME_LABEL[royalty.base]} / the royalty due exceeds the ¥10,000,000,000 bound of one amount; check ${field}`,
    };
  return { ok: true, amountFen: Number(amount) };
}

/** A report as stored on the licence, with what it made due and when it was paid. */
export const RoyaltyReportRecordSchema = z.object({
  id: z.string(),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  netSalesFen: z.optional(FenSchema),
  profitFen: z.optional(FenSchema),
  units: z.optional(z.int().check(z.nonnegative())),
  note: z.optional(z.string()),
  amountDueFen: FenSchema,
  reportedAt: z.string(),
  paidOn: z.optional(IsoDateSchema),
  proofReference: z.optional(z.string()),
});
export type RoyaltyReportRecord = z.infer<typeof RoyaltyReportRecordSchema>;
