import type { ListingCard, RoyaltySummary } from '@openlicense/contract/listings';
import type { DeclarationRecord, Royalty } from '@openlicense/domain';

/** A catalogue row and its royalty summary are response shapes of the API contract; the app builds them. */
export { ListingCardSchema, RoyaltySummarySchema } from '@openlicense/contract/listings';
export type { ListingCard, RoyaltySummary };

/**
 * The fixed part of a royalty in fen, what the catalogue's price range compares: the lump sum, the entry
 * fee, the instalments' total; 0 for a free licence and for a running royalty without a fixed part.
 *
 * @example fixedPriceFen({ method: 'entry_fee_plus_royalty', entryFeeFen: 500_000, base: 'net_sales', ratePercent: 3 }) // 500_000
 */
export function fixedPriceFen(royalty: Royalty): number {
  switch (royalty.method) {
    case 'lump_sum':
      return royalty.amountFen;
    case 'entry_fee_plus_royalty':
      return royalty.entryFeeFen;
    case 'instalments':
      return royalty.totalFen;
    case 'running_royalty':
    case 'free':
      return 0;
  }
}

export function royaltySummary(royalty: Royalty): RoyaltySummary {
  const summary: RoyaltySummary = { method: royalty.method, fixedFen: fixedPriceFen(royalty) };
  if (royalty.method === 'running_royalty' || royalty.method === 'entry_fee_plus_royalty') {
    summary.base = royalty.base;
    if (royalty.ratePercent !== undefined) summary.ratePercent = royalty.ratePercent;
    if (royalty.perUnitFen !== undefined) summary.perUnitFen = royalty.perUnitFen;
  }
  if (royalty.method === 'instalments') summary.instalments = royalty.schedule.length;
  return summary;
}

/** The catalogue row of a published declaration. */
export function listingCard(record: DeclarationRecord): ListingCard {
  const { listing } = record;
  return {
    id: record.id,
    patentNumber: record.patentNumber,
    title: listing.title,
    patentType: record.patentType,
    holder: {
      orgId: record.holderOrgId,
      name: listing.holderName,
      regionCode: listing.holderRegionCode,
      type: listing.holderType,
    },
    industryChains: listing.industryChains,
    ipc: listing.ipc,
    royalty: royaltySummary(record.royalty),
    period: { start: record.period.start, end: record.period.end },
    lapseDate: listing.lapseDate,
    publishedAt: record.publishedAt ?? record.updatedAt,
  };
}
