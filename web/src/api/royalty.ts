import { ROYALTY_BASES, ROYALTY_METHODS } from '@openlicense/domain/declaration/royalty';

/**
 * Wire types of a royalty (许可使用费), shared by declarations, the public catalogue and bundles. Money is
 * integer fen; a rate is a per cent with at most two decimals.
 * The enumerations are the domain's own (`@openlicense/domain`).
 */
export { ROYALTY_BASES, ROYALTY_METHODS };
export type RoyaltyMethod = (typeof ROYALTY_METHODS)[number];
export type RoyaltyBase = (typeof ROYALTY_BASES)[number];

export type {
  Instalment,
  LicencePeriod,
  Royalty,
  RoyaltyEstimate,
  RunningTerms,
} from '@openlicense/contract/royalty';

/** A licensee's own yearly estimates, which a running royalty is computed from. */
export const EXPECTED_VOLUMES = ['yearlySalesFen', 'yearlyProfitFen', 'yearlyUnits'] as const;
export type ExpectedVolume = (typeof EXPECTED_VOLUMES)[number];
export type ExpectedVolumes = Partial<Record<ExpectedVolume, number>>;

/**
 * The estimates a calculator must ask for, as the server's calculator reads them: the one volume a running
 * royalty's base names, nothing for a fixed or free price.
 */
export { volumesNeeded } from '@openlicense/domain/declaration/royalty-calculator';

/** `?yearlySalesFen=…` for the royalty routes; volumes not given are left out. */
export function volumesQuery(volumes: ExpectedVolumes): string {
  const query = new URLSearchParams();
  for (const key of EXPECTED_VOLUMES) {
    const value = volumes[key];
    if (value !== undefined) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
