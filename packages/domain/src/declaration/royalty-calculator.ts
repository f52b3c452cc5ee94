import * as z from 'zod/mini';
import { FenSchema } from '../validation/money.ts';
import { type LicencePeriod, type LicenceYear, licenceYears } from './licence-period.ts';
import { type Royalty, type RunningRoyalty, rateBasisPoints } from './royalty.ts';

/** A prospective licensee's own yearly estimates, which a running royalty is computed from. */
export const ExpectedVolumesSchema = z.object({
  yearlySalesFen: z.optional(FenSchema),
  yearlyProfitFen: z.optional(FenSchema),
  yearlyUnits: z.optional(
    z
      .int('年产量须为整数 / yearlyUnits must be a whole number')
      .check(z.nonnegative('年产量不能为负数 / yearlyUnits must not be negative')),
  ),
});
export type ExpectedVolumes = z.infer<typeof ExpectedVolumesSchema>;
export type ExpectedVolume = keyof ExpectedVolumes;

export interface RoyaltyEstimate {
  years: { year: number; amountFen: number }[];
  totalFen: number;
  /** Estimates the running part needs but did not get; that part is counted as 0. */
  missingInputs: ExpectedVolume[];
}

const VOLUME_FOR_BASE: Record<RunningRoyalty['base'], ExpectedVolume> = {
  net_sales: 'yearlySalesFen',
  profit: 'yearlyProfitFen',
  per_unit: 'yearlyUnits',
};

/**
 * The licensee's estimates the royalty's running part is computed from: none for a lump sum, instalments
 * or a free licence; the one volume its base names otherwise. What a calculator form asks for.
 *
 * @example volumesNeeded({ method: 'running_royalty', base: 'profit', ratePercent: 5 }) // ['yearlyProfitFen']
 */
export function volumesNeeded(royalty: Royalty): ExpectedVolume[] {
  return royalty.method === 'running_royalty' || royalty.method === 'entry_fee_plus_royalty'
    ? [VOLUME_FOR_BASE[royalty.base]]
    : [];
}

/** numerator / denominator for non-negative integers, rounded half up. */
function divideHalfUp(numerator: bigint, denominator: bigint): number {
  const result = (2n * numerator + denominator) / (2n * denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('royalty exceeds the safe integer range');
  return Number(result);
}

function assertVolumes(expected: ExpectedVolumes): void {
  for (const [key, value] of Object.entries(expected)) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new RangeError(`${key} must be a non-negative safe integer, got ${value}`);
    }
  }
}

/** The running part for one licence year, pro-rated by days; one rounding per year. */
function runningFor(royalty: RunningRoyalty, volume: number, year: LicenceYear): number {
  const days = BigInt(year.days);
  const fullDays = BigInt(year.fullDays);
  if (royalty.base === 'per_unit') {
    return divideHalfUp(BigInt(volume) * BigInt(royalty.perUnitFen ?? 0) * days, fullDays);
  }
  const points = BigInt(rateBasisPoints(royalty.ratePercent ?? 0));
  return divideHalfUp(BigInt(volume) * points * days, 10_000n * fullDays);
}

/** Licence year (1-based) an instalment falls in; one due after the period is owed in its last year. */
function yearOfInstalment(dueAfterMonths: number, yearCount: number): number {
  return Math.min(Math.floor(dueAfterMonths / 12) + 1, yearCount);
}

/**
 * What a licensee pays in each licence year of `period` under the published royalty, in integer fen:
 * a lump sum and an entry fee in year 1, a running royalty every year (pro-rated by days in a partial
 * last year), instalments in the year they fall due, nothing for a free licence.
 *
 * @example
 * calculateRoyalty(
 *   { method: 'running_royalty', base: 'net_sales', ratePercent: 4 },
 *   { start: '2025-07-01', end: '2028-06-30' },
 *   { yearlySalesFen: 120_000_000 },
 * ).totalFen // 14_400_000 (¥48,000 a year, ¥144,000 over 3 years)
 */
export function calculateRoyalty(
  royalty: Royalty,
  period: LicencePeriod,
  expected: ExpectedVolumes,
): RoyaltyEstimate {
  assertVolumes(expected);
  const years = licenceYears(period);
  const amounts = years.map(() => 0);
  const missingInputs: ExpectedVolume[] = [];
  const addTo = (year: number, fen: number) => {
    amounts[year - 1] = (amounts[year - 1] ?? 0) + fen;
  };

  if (years.length > 0) {
    switch (royalty.method) {
      case 'lump_sum':
        addTo(1, royalty.amountFen);
        break;
      case 'instalments':
        for (const instalment of royalty.schedule) {
          addTo(yearOfInstalment(instalment.dueAfterMonths, years.length), instalment.amountFen);
        }
        break;
      case 'entry_fee_plus_royalty':
      case 'running_royalty': {
        if (royalty.method === 'entry_fee_plus_royalty') addTo(1, royalty.entryFeeFen);
        const input = VOLUME_FOR_BASE[royalty.base];
        const volume = expected[input];
        if (volume === undefined) {
          missingInputs.push(input);
          break;
        }
        for (const year of years) addTo(year.year, runningFor(royalty, volume, year));
        break;
      }
      case 'free':
        break;
    }
  }

  return {
    years: years.map(({ year }, i) => ({ year, amountFen: amounts[i] ?? 0 })),
    totalFen: amounts.reduce((total, fen) => total + fen, 0),
    missingInputs,
  };
}
