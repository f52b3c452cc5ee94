import * as z from 'zod';

/** The royalty calculator's answer (declarations, bundles and listings alike): payable per licence year and in total, in fen. */
export const RoyaltyEstimateSchema = z.object({
  years: z.array(z.object({ year: z.number(), amountFen: z.number() })),
  totalFen: z.number(),
  missingInputs: z.array(z.enum(['yearlySalesFen', 'yearlyProfitFen', 'yearlyUnits'])),
});

export type RoyaltyEstimate = z.output<typeof RoyaltyEstimateSchema>;
