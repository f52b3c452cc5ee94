import {
  type BundleRecord,
  calculateRoyalty,
  DomainError,
  type ExpectedVolumes,
  type RoyaltyEstimate,
} from '@openlicense/domain';

/** What a licensee would pay for the whole bundle under its terms, for its own expected yearly volumes. */
export function bundleRoyaltyFor(record: BundleRecord, expected: ExpectedVolumes): RoyaltyEstimate {
  try {
    return calculateRoyalty(record.royalty, record.period, expected);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new DomainError(
      'amount_out_of_range',
      '估算金额超出可计算范围，请减小预计销售额、利润或数量 / the estimate is too large to compute; use smaller volumes',
      422,
    );
  }
}
