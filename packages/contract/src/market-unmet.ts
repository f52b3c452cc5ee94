import { BUDGET_BANDS } from '@openlicense/domain/demand-signal/budget-band';
import { DealTypeSchema } from '@openlicense/domain/need/need';
import * as z from 'zod/mini';

/**
 * The unmet-demand map (`GET /api/market/unmet`, 未满足需求): live needs no listing or bundle matches above
 * the relevance floor, by industry chain × prefecture, over the viewer's scope (an agency everywhere, a
 * park its region, the IP office its jurisdiction). A filtered map also lists the needs the viewer may
 * read; the others are only counted.
 */

export const UnmetQuerySchema = z.object({
  chain: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, '产业链不能为空 / chain must not be blank'),
        z.maxLength(50, '产业链不能超过 50 个字 / chain is at most 50 characters'),
      ),
  ),
  region: z.optional(
    z
      .string()
      .check(z.regex(/^\d{6}$/, '行政区划代码应为 6 位数字 / region must be a six-digit region code')),
  ),
});

const tally = <K extends string>(keys: z.ZodMiniType<K>) => z.partialRecord(keys, z.int());

export const UnmetCellSchema = z.object({
  /** '' for needs that name no industry chain. */
  chain: z.string(),
  /** Prefecture code, e.g. `430400`. */
  region: z.string(),
  count: z.int(),
  dealTypes: tally(DealTypeSchema),
  budgetBands: tally(z.enum(BUDGET_BANDS)),
});

export const UnmetNeedSchema = z.object({
  needId: z.string(),
  title: z.string(),
  industryChains: z.array(z.string()),
  regionCode: z.string(),
  dealTypes: z.array(z.string()),
  budgetBand: z.string(),
});

export const UnmetDemandSchema = z.object({
  /** When the nightly projection was computed; absent before its first run. */
  computedAt: z.optional(z.string()),
  /** The region prefix the viewer sees ('' = everywhere). */
  scope: z.string(),
  cells: z.array(UnmetCellSchema),
  needs: z.array(UnmetNeedSchema),
  hiddenCount: z.int(),
  truncated: z.boolean(),
});

export type UnmetCell = z.output<typeof UnmetCellSchema>;
export type UnmetNeed = z.output<typeof UnmetNeedSchema>;
export type UnmetDemand = z.output<typeof UnmetDemandSchema>;
