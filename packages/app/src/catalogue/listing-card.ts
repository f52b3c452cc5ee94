import {
  type DeclarationRecord,
  OrgTypeSchema,
  PatentTypeSchema,
  ROYALTY_BASES,
  ROYALTY_METHODS,
  type Royalty,
} from '@openlicense/domain';
import * as z from 'zod';

/**
 * What a catalogue row shows of a royalty: its method, the fixed part a price filter compares, and the
 * running terms. The full terms (an instalment schedule, say) are on the detail page.
 */
export const RoyaltySummarySchema = z.object({
  method: z.enum(ROYALTY_METHODS),
  /** The fixed part in fen: the lump sum, the entry fee or the instalments' total; 0 when free or running only. */
  fixedFen: z.number().int(),
  base: z.enum(ROYALTY_BASES).optional(),
  ratePercent: z.number().optional(),
  perUnitFen: z.number().int().optional(),
  /** How many instalments the total is paid in. */
  instalments: z.number().int().optional(),
});
export type RoyaltySummary = z.infer<typeof RoyaltySummarySchema>;

/** One row of the public catalogue (公开目录). */
export const ListingCardSchema = z.object({
  /** The declaration id: `GET /api/listings/{id}`. */
  id: z.string(),
  /** Canonical, without `ZL`, e.g. `201910123456.7`. */
  patentNumber: z.string(),
  title: z.string(),
  patentType: PatentTypeSchema,
  holder: z.object({
    orgId: z.string(),
    name: z.string(),
    /** 行政区划代码, e.g. `430100`. */
    regionCode: z.string(),
    type: OrgTypeSchema,
  }),
  industryChains: z.array(z.string()),
  ipc: z.array(z.string()),
  royalty: RoyaltySummarySchema,
  period: z.object({ start: z.string(), end: z.string() }),
  /** The day after which the licence lapses: the period's end or the patent's expiry, whichever is first. */
  lapseDate: z.string(),
  publishedAt: z.string(),
  /** Keyword searches only: the query words (or their synonyms) this listing matched. */
  matched: z.array(z.string()).optional(),
});
export type ListingCard = z.infer<typeof ListingCardSchema>;

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
