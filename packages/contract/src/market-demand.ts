import { BUDGET_BANDS } from '@openlicense/domain/demand-signal/budget-band';
import { ResearchFieldsInputSchema, ResearchFieldsSchema } from '@openlicense/domain/market/research-fields';
import { DealTypeSchema, NeedStatusSchema } from '@openlicense/domain/need/need';
import * as z from 'zod/mini';

/**
 * A university's 市场需求 page (`GET /api/market/demand`) and its research fields (`/api/market/fields`):
 * live needs matching its patents or its declared fields, by industry chain. A need the university may not
 * read is only counted, with its region, deal types and budget band.
 */

/** The fields are saved with the version read (optimistic locking; 0 before the first save). */
export const ResearchFieldsSaveSchema = z.intersection(
  ResearchFieldsInputSchema,
  z.object({
    version: z
      .int({ error: '请提供版本号 / version is required' })
      .check(z.gte(0, '版本号无效 / version is not valid')),
  }),
);

const BudgetBandSchema = z.enum(BUDGET_BANDS);
const tally = <K extends string>(keys: z.ZodMiniType<K>) => z.partialRecord(keys, z.int());

/** One of the university's patents that matched a need, with the engine's score (0–100). */
export const DemandPatentSchema = z.object({ number: z.string(), title: z.string(), score: z.number() });

/** A need the university may read, with what it asks and why it is on the page. */
export const DemandNeedSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The start of the description (at most 160 characters). */
  summary: z.string(),
  status: NeedStatusSchema,
  industryChains: z.array(z.string()),
  regionCode: z.string(),
  dealTypes: z.array(DealTypeSchema),
  budgetBand: BudgetBandSchema,
  deadline: z.optional(z.string()),
  /** The university's patents that matched it, best first (at most three). */
  matchedPatents: z.array(DemandPatentSchema),
  /** The declared fields it falls under (absent when only a patent brought it). */
  fieldMatch: z.optional(z.object({ ipcPrefixes: z.array(z.string()), industryChains: z.array(z.string()) })),
});

/** Needs the university may not read: how many, and their fields counted (never a title or who asks). */
export const HiddenDemandSchema = z.object({
  count: z.int(),
  regions: tally(z.string()),
  dealTypes: tally(DealTypeSchema),
  budgetBands: tally(BudgetBandSchema),
  /** How many of them the university's patents matched (the others came from its declared fields). */
  matchedByPatents: z.int(),
});

export const DemandChainSchema = z.object({
  /** The chain (产业链); '' for needs naming none. */
  chain: z.string(),
  needs: z.array(DemandNeedSchema),
  hidden: HiddenDemandSchema,
});

export const MarketDemandSchema = z.object({
  fields: ResearchFieldsSchema,
  chains: z.array(DemandChainSchema),
  /** The university's graded patents that matched some live need, and its published listings read. */
  sources: z.object({ matchedPatents: z.int(), listingsRead: z.int() }),
  /** More needs were found than one page shows (`limit`): the best-matched and newest are shown. */
  capped: z.boolean(),
  limit: z.int(),
});

export type ResearchFieldsView = z.output<typeof ResearchFieldsSchema>;
export type ResearchFieldsSave = z.input<typeof ResearchFieldsSaveSchema>;
export type DemandNeed = z.output<typeof DemandNeedSchema>;
export type HiddenDemand = z.output<typeof HiddenDemandSchema>;
export type DemandChain = z.output<typeof DemandChainSchema>;
export type MarketDemand = z.output<typeof MarketDemandSchema>;
