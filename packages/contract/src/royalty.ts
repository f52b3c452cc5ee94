import type { LicencePeriodSchema } from '@openlicense/domain/declaration/licence-period';
import type { RoyaltySchema } from '@openlicense/domain/declaration/royalty';
import * as z from 'zod/mini';

/** The royalty calculator's answer (declarations, bundles and listings alike): payable per licence year and in total, in fen. */
export const RoyaltyEstimateSchema = z.object({
  years: z.array(z.object({ year: z.number(), amountFen: z.number() })),
  totalFen: z.number(),
  missingInputs: z.array(z.enum(['yearlySalesFen', 'yearlyProfitFen', 'yearlyUnits'])),
});

export type RoyaltyEstimate = z.output<typeof RoyaltyEstimateSchema>;

/** 许可使用费 as declarations, bundles and listings send and take it: money in integer fen, a rate in per cent. */
export type Royalty = z.output<typeof RoyaltySchema>;
export type RunningTerms = Omit<Extract<Royalty, { method: 'running_royalty' }>, 'method'>;
export type Instalment = Extract<Royalty, { method: 'instalments' }>['schedule'][number];
/** 许可期限: both days included (`YYYY-MM-DD`). */
export type LicencePeriod = z.output<typeof LicencePeriodSchema>;
