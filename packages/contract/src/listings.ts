import { LicencePeriodSchema } from '@openlicense/domain/declaration/licence-period';
import { ROYALTY_BASES, ROYALTY_METHODS, RoyaltySchema } from '@openlicense/domain/declaration/royalty';
import { OrgTypeSchema } from '@openlicense/domain/organisation/org-types';
import { ContactSchema } from '@openlicense/domain/organisation/organisation';
import { PatenteeSchema, PatentTypeSchema } from '@openlicense/domain/patent/patent';
import * as z from 'zod/mini';

/** The public catalogue (公开目录): what `/api/listings*` sends, without sign-in. */

/**
 * What a catalogue row shows of a royalty: its method, the fixed part a price filter compares, and the
 * running terms. The full terms (an instalment schedule, say) are on the detail page.
 */
export const RoyaltySummarySchema = z.object({
  method: z.enum(ROYALTY_METHODS),
  /** The fixed part in fen: the lump sum, the entry fee or the instalments' total; 0 when free or running only. */
  fixedFen: z.number().check(z.int()),
  base: z.optional(z.enum(ROYALTY_BASES)),
  ratePercent: z.optional(z.number()),
  perUnitFen: z.optional(z.number().check(z.int())),
  /** How many instalments the total is paid in. */
  instalments: z.optional(z.number().check(z.int())),
});

export const ListingHolderSchema = z.object({
  orgId: z.string(),
  name: z.string(),
  /** 行政区划代码, e.g. `430100`. */
  regionCode: z.string(),
  type: OrgTypeSchema,
});

/** One row of the public catalogue (公开目录). */
export const ListingCardSchema = z.object({
  /** The declaration id: `GET /api/listings/{id}`. */
  id: z.string(),
  /** Canonical, without `ZL`, e.g. `201910123456.7`. */
  patentNumber: z.string(),
  title: z.string(),
  patentType: PatentTypeSchema,
  holder: ListingHolderSchema,
  industryChains: z.array(z.string()),
  ipc: z.array(z.string()),
  royalty: RoyaltySummarySchema,
  period: z.object({ start: z.string(), end: z.string() }),
  /** The day after which the licence lapses: the period's end or the patent's expiry, whichever is first. */
  lapseDate: z.string(),
  publishedAt: z.string(),
  /** Keyword searches only: the query words (or their synonyms) this listing matched. */
  matched: z.optional(z.array(z.string())),
});

/**
 * Present while the catalogue index is still being prepared (a cold start with no snapshot, e.g. just after
 * a deploy): the page and its total then cover only the newest published listings, and a search looks in
 * those alone. A later request answers from the whole catalogue.
 */
const WarmingSchema = z
  .optional(z.literal(true))
  .check(
    z.describe(
      '目录索引正在准备中：仅在最新发布的挂牌中列出和搜索 / the catalogue index is warming up: only the newest listings are listed and searched',
    ),
  );

export const ListingPageSchema = z.object({
  items: z.array(ListingCardSchema),
  next: z.optional(z.string()).check(z.describe('下一页游标 / cursor of the next page')),
  total: z.number().check(z.int(), z.describe('符合条件的总数 / listings matching, over all pages')),
  warming: WarmingSchema,
});

/**
 * One 专利包 / 公共专利池 row of the public catalogue (`kind=bundle` or `kind=all`): patents offered together,
 * at one price, only as a whole. `GET /api/bundles/{id}` has its members, terms and consent.
 */
export const BundleCardSchema = z.object({
  kind: z.literal('bundle'),
  /** The bundle id: `GET /api/bundles/{id}`. */
  id: z.string(),
  title: z.string(),
  organiser: z.object({ orgId: z.string(), name: z.string(), type: OrgTypeSchema }),
  /** The organisations whose patents are in it. */
  holders: z.array(z.object({ orgId: z.string(), name: z.string() })),
  patentCount: z.number().check(z.int(), z.positive()),
  /** Member patent numbers, canonical: a patent number typed in the keyword box finds its pools too. */
  patentNumbers: z.array(z.string()),
  patentTypes: z.array(PatentTypeSchema),
  industryChains: z.array(z.string()),
  ipc: z.array(z.string()),
  royalty: RoyaltySummarySchema,
  period: z.object({ start: z.string(), end: z.string() }),
  /** The bundle lapses after its period's end (a member's expiry suspends it first). */
  lapseDate: z.string(),
  publishedAt: z.string(),
  matched: z.optional(z.array(z.string())),
});

/** What `GET /api/listings` lists: single-patent listings, and bundles when `kind` asks for them. */
export const CatalogueItemSchema = z.union([ListingCardSchema, BundleCardSchema]);
export const CataloguePageSchema = z.object({
  items: z.array(CatalogueItemSchema),
  next: z.optional(z.string()).check(z.describe('下一页游标 / cursor of the next page')),
  total: z.number().check(z.int(), z.describe('符合条件的总数 / items matching, over all pages')),
  warming: WarmingSchema,
});

/** An industry chain of the published catalogue and how many listings in force name it. */
export const ChainCountSchema = z.object({
  chain: z.string(),
  count: z.number().check(z.int(), z.positive()),
});
export const ChainCountsSchema = z.object({ items: z.array(ChainCountSchema) });

/** The declaration as published (Regs Art 85) with the catalogue's copy of the patent. */
export const PublishedDeclarationSchema = z.object({
  id: z.string(),
  patentNumber: z.string(),
  patentType: PatentTypeSchema,
  title: z.string(),
  abstract: z.optional(z.string()),
  keywords: z.array(z.string()),
  ipc: z.array(z.string()),
  industryChains: z.array(z.string()),
  patentExpiryDate: z.string(),
  lapseDate: z.string(),
  patentees: z.array(PatenteeSchema),
  royalty: RoyaltySchema,
  royaltyEstimationNote: z.string(),
  period: LicencePeriodSchema,
  scope: z.string(),
  territory: z.string(),
  contact: ContactSchema,
  evaluationReport: z.optional(
    z.object({
      reference: z.string(),
      conclusion: z.optional(z.enum(['favourable', 'unfavourable'])),
      date: z.optional(z.string()),
    }),
  ),
  publishedAt: z.string(),
});

export const ListingDetailSchema = z.object({
  declaration: PublishedDeclarationSchema,
  holder: ListingHolderSchema,
  /** The holder's promotional text: never part of the declaration. */
  marketingText: z
    .optional(z.string())
    .check(z.describe('宣传介绍，不属于声明 / promotional text, not declared')),
  calculatorInputs: z.array(z.enum(['yearlySalesFen', 'yearlyProfitFen', 'yearlyUnits'])),
  annualFee: z.object({
    percent: z.number(),
    source: z.enum(['open_licence', 'existing', 'none']),
    note: z.string(),
  }),
});

export type RoyaltySummary = z.output<typeof RoyaltySummarySchema>;
export type ListingHolder = z.output<typeof ListingHolderSchema>;
export type ListingCard = z.output<typeof ListingCardSchema>;
export type ListingPage = z.output<typeof ListingPageSchema>;
export type BundleCard = z.output<typeof BundleCardSchema>;
export type CatalogueItem = z.output<typeof CatalogueItemSchema>;
export type CataloguePage = z.output<typeof CataloguePageSchema>;
export type ChainCount = z.output<typeof ChainCountSchema>;
export type PublishedDeclaration = z.output<typeof PublishedDeclarationSchema>;
export type ListingDetail = z.output<typeof ListingDetailSchema>;
