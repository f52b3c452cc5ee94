import { FenSchema } from '@openlicense/domain';
import * as z from 'zod/mini';

/** A query-string count: digits only, so `''`, `-1`, `1.5` and `1e3` are refused rather than coerced. */
export const wholeNumber = (field: string) =>
  z.pipe(
    z.pipe(
      z
        .string()
        .check(z.regex(/^\d{1,16}$/, `${field} 须为不小于 0 的整数 / ${field} must be a whole number ≥ 0`)),
      z.transform(Number),
    ),
    z.number().check(z.int(), z.lte(Number.MAX_SAFE_INTEGER, `${field} 过大 / ${field} is too large`)),
  );

/** A query-string amount: digits only, then the one money schema (at most ¥10,000,000,000). */
export const fenQuery = (field: string) => z.pipe(wholeNumber(field), FenSchema);

/** What a licensee expects a year, the calculator's inputs (declarations, bundles and listings alike). */
export const RoyaltyQuerySchema = z.object({
  yearlySalesFen: z.optional(fenQuery('yearlySalesFen')),
  yearlyProfitFen: z.optional(fenQuery('yearlyProfitFen')),
  yearlyUnits: z.optional(wholeNumber('yearlyUnits')),
});

/** The calculator's answer lives in the API contract; re-exported so the routes keep one import. */
export { RoyaltyEstimateSchema } from '@openlicense/contract/royalty';
