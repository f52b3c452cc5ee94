import { isoDateInChina, type Royalty } from '@openlicense/domain';
import { describeMatch } from '../index/explain.ts';
import { TextIndex } from '../index/text-index.ts';
import { type QueryAnalysis, termKey, tokenise } from '../text/tokenise.ts';
import { informativeTerms } from './informative-terms.ts';
import { ipcSubclass } from './ipc.ts';
import { NeedQuery, TermStatistics } from './need-query.ts';
import { analyseQueryText, MAX_QUERY_TERMS, prunedQuery, type TermFactor } from './query.ts';
import { isRelevant, isSpecificEvidence, MIN_TITLE_COVERAGE } from './relevance-floor.ts';
import {
  acceptsOpenLicence,
  chainShare,
  dealTypeShare,
  explainChain,
  explainDealType,
  explainFeedback,
  explainIpc,
  explainPrice,
  explainRegion,
  explainText,
  feedbackPenalty,
  ipcShare,
  type LicenceCost,
  licenceCost,
  penalisedSubclasses,
  priceShare,
  regionShare,
  round1,
  SIGNAL_POINTS,
  textShare,
} from './signals.ts';
import { readEngineSnapshot, writeEngineSnapshot } from './snapshot.ts';
import { titleCoverage } from './title-coverage.ts';
import type {
  FeedbackAdjustments,
  ListingFeatures,
  MatchExplanation,
  MatchResult,
  NeedFeatures,
  SignalExplanation,
} from './types.ts';

/**
 * Bumped whenever the same inputs would score or explain differently; stored beside each match so
 * a full run can tell stale ones.
 */
export const MATCH_ENGINE_VERSION = 2;

/** Listing fields and their BM25F weights: a title hit counts three times an abstract hit. */
export const LISTING_FIELDS = { title: 3, keywords: 2, abstract: 1 } as const;
/** Need fields, searched when a listing looks for needs. */
export const NEED_FIELDS = { title: 3, targets: 2, description: 1 } as const;

/** Text hits the full ranking is computed for, before the best `limit` are kept. */
export const CANDIDATES = 100;

/** What the engine keeps of a listing: everything but its text, which lives in the index. */
export interface StoredListing {
  readonly id: string;
  readonly kind: 'listing' | 'bundle';
  readonly ipc: readonly string[];
  readonly subclasses: readonly string[];
  readonly industryChains: readonly string[];
  readonly regionCode: string;
  readonly holderName: string;
  readonly royalty: Royalty;
  readonly period: { readonly start: string; readonly end: string };
}

/** A need prepared for scoring against the listings as the index stands. */
interface NeedContext {
  readonly need: NeedFeatures;
  readonly analysis: QueryAnalysis;
  /** Keys of the terms of the need's title and targets (see {@link titleCoverage}). */
  readonly priorityKeys: ReadonlySet<string>;
  readonly maxScore: number;
  readonly adjustments?: FeedbackAdjustments;
}

interface PairScore {
  readonly listing: StoredListing;
  readonly text: number;
  readonly ipc: number;
  readonly penalised: [string, number][];
  readonly raw: number;
  readonly score: number;
}

export interface MatchEngineOptions {
  /** The clock the price fit counts the need's three years from (tests fix it). */
  now?: () => Date;
  /** Most terms a need's (or listing's) text keeps as a query; see {@link MAX_QUERY_TERMS}. */
  maxQueryTerms?: number;
}

export interface MatchNeedOptions {
  limit: number;
  adjustments?: FeedbackAdjustments;
  /** Keep listings below the relevance floor too (for measuring the whole ranking; never for users). */
  belowFloor?: boolean;
}

export interface MatchListingOptions {
  limit: number;
  adjustmentsFor?: (enterpriseOrgId: string) => FeedbackAdjustments | undefined;
}

function storedListing(listing: ListingFeatures): StoredListing {
  const subclasses = [...new Set(listing.ipc.map(ipcSubclass).filter((s): s is string => s !== undefined))];
  return {
    id: listing.id,
    kind: listing.kind,
    ipc: [...listing.ipc],
    subclasses,
    industryChains: [...listing.industryChains],
    regionCode: listing.regionCode,
    holderName: listing.holderName,
    royalty: listing.royalty,
    period: { start: listing.period.start, end: listing.period.end },
  };
}

function listingFields(listing: ListingFeatures) {
  return { title: listing.title, keywords: listing.keywords, abstract: listing.abstract ?? '' };
}

function needText(need: NeedFeatures): { text: string; priority: string } {
  const priority = [need.title, ...need.targets].join('\n');
  return { text: `${priority}\n${need.description}`, priority };
}

/** Whether two versions of a need say the same (title, targets, description): the same query. */
function sameText(a: NeedFeatures, b: NeedFeatures): boolean {
  return (
    a.title === b.title &&
    a.description === b.description &&
    a.targets.length === b.targets.length &&
    a.targets.every((target, i) => target === b.targets[i])
  );
}

function newNeedQuery(need: NeedFeatures): NeedQuery {
  const { text, priority } = needText(need);
  return new NeedQuery(analyseQueryText(text, priority));
}

function listingText(listing: ListingFeatures): { text: string; priority: string } {
  const priority = [listing.title, ...listing.keywords].join('\n');
  return { text: `${priority}\n${listing.abstract ?? ''}`, priority };
}

const byScore = (a: PairScore, b: PairScore) =>
  b.score - a.score ||
  b.raw - a.raw ||
  (a.listing.id < b.listing.id ? -1 : a.listing.id > b.listing.id ? 1 : 0);

/**
 * Two-way, explainable matching of needs and listings (see the package README): BM25F text
 * relevance, IPC hierarchy similarity (inferred from the best text hits when the need names no IPC),
 * industry chain, price fit over the need's three-year horizon, deal type and region make one 0–100
 * score; an enterprise's "wrong field" answers lower it and "already known" listings never return.
 *
 * Pure and deterministic: the same listings, needs, adjustments and day give the same scores and
 * explanations, whichever way (need → listings or listing → needs) a pair is found.
 *
 * @example
 * const engine = new MatchEngine();
 * engine.upsertListing(listing);
 * engine.matchNeed(need, { limit: 20 })[0]?.explanation.summary
 */
export class MatchEngine {
  private readonly now: () => Date;
  private readonly maxQueryTerms: number;
  private listingIndex = new TextIndex({ fields: LISTING_FIELDS });
  private needIndex = new TextIndex({ fields: NEED_FIELDS });
  private readonly listings = new Map<string, StoredListing>();
  private readonly needs = new Map<string, NeedFeatures>();
  /**
   * Bumped whenever a listing or a need comes or goes: cached need contexts (whose term weights use
   * both sides' statistics) are then stale.
   */
  private generation = 0;
  private readonly contexts = new Map<
    string,
    { generation: number; excludedKey: string; context: NeedContext }
  >();
  /** Both sides' statistics as of {@link generation} (see {@link termStatistics}). */
  private statistics: { generation: number; statistics: TermStatistics } | undefined;
  private readonly costs = new Map<string, { today: string; cost: LicenceCost }>();
  /**
   * Each stored need's query (see {@link NeedQuery}): its text analysed (tokens, synonyms, body weights)
   * does not depend on the listings, so it outlives the generation, and its terms' frequencies are
   * looked up once; keyed by the stored object, which {@link upsertNeed} replaces.
   */
  private readonly needQueries = new WeakMap<NeedFeatures, NeedQuery>();

  constructor(options: MatchEngineOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.maxQueryTerms = options.maxQueryTerms ?? MAX_QUERY_TERMS;
  }

  get listingCount(): number {
    return this.listings.size;
  }

  get needCount(): number {
    return this.needs.size;
  }

  /** Merges of each side's text index so far (see `TextIndex.merge`), for telling what a slow change paid for. */
  get merges(): { readonly listings: number; readonly needs: number } {
    return { listings: this.listingIndex.merges, needs: this.needIndex.merges };
  }

  upsertListing(listing: ListingFeatures): void {
    this.listingIndex.update({ id: listing.id, fields: listingFields(listing) });
    this.listings.set(listing.id, storedListing(listing));
    this.costs.delete(listing.id);
    this.generation++;
  }

  removeListing(id: string): boolean {
    const removed = this.listings.delete(id);
    this.listingIndex.remove(id);
    this.costs.delete(id);
    if (removed) this.generation++;
    return removed;
  }

  upsertNeed(need: NeedFeatures): void {
    this.needIndex.update({
      id: need.id,
      fields: { title: need.title, targets: need.targets, description: need.description },
    });
    const previous = this.needs.get(need.id);
    const stored = structuredClone(need);
    this.needs.set(need.id, stored);
    // A change that leaves the text as it was (a budget, a region) keeps the analysed query.
    const query = previous === undefined ? undefined : this.needQueries.get(previous);
    if (query !== undefined && sameText(previous!, need)) this.needQueries.set(stored, query);
    this.contexts.delete(need.id);
    this.generation++;
  }

  removeNeed(id: string): boolean {
    this.needIndex.remove(id);
    this.contexts.delete(id);
    const removed = this.needs.delete(id);
    if (removed) this.generation++;
    return removed;
  }

  /**
   * Listings and bundles for a need, best first (ids are listing ids): only those above the
   * relevance floor, and none when the need takes no open or ordinary licence.
   */
  matchNeed(need: NeedFeatures, options: MatchNeedOptions): MatchResult[] {
    const { limit, adjustments, belowFloor = false } = options;
    if (!acceptsOpenLicence(need.dealTypes)) return [];
    const excluded = new Set(adjustments?.excludedListings ?? []);
    const stored = this.needs.get(need.id);
    const query =
      stored !== undefined && sameText(stored, need) ? this.needQuery(stored) : newNeedQuery(need);
    const context = this.contextFrom(need, query, adjustments);
    const { analysis } = context;
    const hits = this.textHits(analysis, Math.max(CANDIDATES, limit), excluded);
    const today = this.today();
    // Only listings above the floor are scored in full (pricing one costs more than its text).
    const pairs = hits
      .filter((hit) => belowFloor || isRelevant(this.textShareOf(context, hit.score)))
      .map((hit) => this.scorePair(context, this.listings.get(hit.id)!, hit.score, today))
      .sort(byScore);
    const factor = this.needFactor();
    const results: MatchResult[] = [];
    // Shared keywords are looked up a page at a time: a listing with nothing informative in common
    // (only numbers, generic words) is no match, so the next one takes its place.
    for (let start = 0; start < pairs.length && results.length < limit; start += limit) {
      const page = pairs.slice(start, start + limit);
      const matched = this.listingIndex.matchedKeysOf(
        analysis,
        page.map((pair) => pair.listing.id),
      );
      page.forEach((pair, i) => {
        const shown = informativeTerms(describeMatch(analysis, matched[i]!), factor);
        if (results.length >= limit) return;
        if (!belowFloor && !this.hasEvidence(context, shown, matched[i]!)) return;
        results.push({
          id: pair.listing.id,
          score: pair.score,
          explanation: this.explain(context, pair, shown, today),
        });
      });
    }
    return results;
  }

  /** Needs a listing suits, best first (ids are need ids); each enterprise's feedback applies. */
  matchListing(listing: ListingFeatures, options: MatchListingOptions): MatchResult[] {
    const { limit, adjustmentsFor } = options;
    const { text, priority } = listingText(listing);
    const query = prunedQuery(this.needIndex, text, priority, this.maxQueryTerms);
    const hits = this.needIndex.searchAnalysis(query, {
      limit: Math.max(CANDIDATES, limit),
      matched: false,
    }).hits;
    const stored = storedListing(listing);
    const fields = this.listingIndex.prepareDocument(listingFields(listing));
    const today = this.today();
    const pairs: { pair: PairScore; context: NeedContext }[] = [];
    for (const hit of hits) {
      const need = this.needs.get(hit.id)!;
      if (!acceptsOpenLicence(need.dealTypes)) continue;
      const adjustments = adjustmentsFor?.(need.enterpriseOrgId);
      if (adjustments?.excludedListings.includes(listing.id)) continue;
      const context = this.needContext(need, adjustments);
      const textScore = this.listingIndex.scoreDocument(context.analysis, fields);
      if (textScore === 0) continue;
      const pair = this.scorePair(context, stored, textScore, today);
      if (isRelevant(pair.text)) pairs.push({ pair, context });
    }
    pairs.sort((a, b) => byScore(a.pair, b.pair) || (a.context.need.id < b.context.need.id ? -1 : 1));
    const factor = this.needFactor();
    const results: MatchResult[] = [];
    for (const { pair, context } of pairs) {
      if (results.length >= limit) break;
      const matched = this.keysOf(context.analysis, listing);
      const shown = informativeTerms(describeMatch(context.analysis, matched), factor);
      if (!this.hasEvidence(context, shown, matched)) continue;
      results.push({
        id: context.need.id,
        score: pair.score,
        explanation: this.explain(context, pair, shown, today),
      });
    }
    return results;
  }

  /**
   * The engine as bytes: both text indexes in their snapshot format plus the listings' and needs'
   * features, compressed; `compressed: false` writes the older, uncompressed format (for tests and
   * benchmarks; {@link load} reads both).
   */
  serialise(options: { compressed?: boolean } = {}): Uint8Array {
    return writeEngineSnapshot(
      {
        engineVersion: MATCH_ENGINE_VERSION,
        listingIndex: this.listingIndex,
        needIndex: this.needIndex,
        listings: [...this.listings.values()],
        needs: [...this.needs.values()],
      },
      options,
    );
  }

  /** An engine from {@link serialise}'s bytes (which must not change afterwards). */
  static load(bytes: Uint8Array, options: MatchEngineOptions = {}): MatchEngine {
    const snapshot = readEngineSnapshot(bytes, MATCH_ENGINE_VERSION);
    const engine = new MatchEngine(options);
    engine.listingIndex = snapshot.listingIndex;
    engine.needIndex = snapshot.needIndex;
    for (const listing of snapshot.listings) engine.listings.set(listing.id, listing);
    for (const need of snapshot.needs) engine.needs.set(need.id, need);
    return engine;
  }

  private today(): string {
    return isoDateInChina(this.now());
  }

  /**
   * Two-sided term weights: how specific a term is among the needs (see {@link needCommonness}), times
   * the prior for generic patent words while the catalogue is small (see {@link patentCommonness}).
   */
  private needFactor(): TermFactor {
    return this.termStatistics().factor;
  }

  /** Both sides' statistics for weighing need queries, worked out once per generation. */
  private termStatistics(): TermStatistics {
    const current = this.statistics;
    if (current !== undefined && current.generation === this.generation) return current.statistics;
    const statistics = new TermStatistics(this.listingIndex, this.needIndex);
    this.statistics = { generation: this.generation, statistics };
    return statistics;
  }

  /** A stored need's query (see {@link NeedQuery}), analysed once. */
  private needQuery(need: NeedFeatures): NeedQuery {
    let query = this.needQueries.get(need);
    if (query === undefined) {
      query = newNeedQuery(need);
      this.needQueries.set(need, query);
    }
    return query;
  }

  private textHits(analysis: QueryAnalysis, limit: number, excluded: ReadonlySet<string>) {
    const { hits } = this.listingIndex.searchAnalysis(analysis, {
      limit: limit + excluded.size,
      matched: false,
    });
    return (excluded.size === 0 ? hits : hits.filter((h) => !excluded.has(h.id))).slice(0, limit);
  }

  /** A need's scoring context, cached until the listings or the need change. */
  private needContext(need: NeedFeatures, adjustments: FeedbackAdjustments | undefined): NeedContext {
    const excludedKey = [...(adjustments?.excludedListings ?? [])].sort().join('\n');
    const cached = this.contexts.get(need.id);
    if (cached !== undefined && cached.generation === this.generation && cached.excludedKey === excludedKey) {
      return adjustments === undefined ? cached.context : { ...cached.context, adjustments };
    }
    const context = this.contextFrom(need, this.needQuery(need), adjustments);
    this.contexts.set(need.id, { generation: this.generation, excludedKey, context });
    return context;
  }

  /** The need's query pruned and bounded against the statistics as they stand (see {@link NeedQuery}). */
  private contextFrom(
    need: NeedFeatures,
    query: NeedQuery,
    adjustments: FeedbackAdjustments | undefined,
  ): NeedContext {
    const { analysis, maxScore } = query.derive(this.termStatistics(), this.maxQueryTerms);
    // The title's terms were segmented with the query text: no second pass over the title.
    const { priorityKeys } = query;
    return { need, analysis, maxScore, priorityKeys, ...(adjustments === undefined ? {} : { adjustments }) };
  }

  private cost(listing: StoredListing, today: string): LicenceCost {
    const cached = this.costs.get(listing.id);
    if (cached !== undefined && cached.today === today) return cached.cost;
    const cost = licenceCost(listing.royalty, listing.period, today);
    this.costs.set(listing.id, { today, cost });
    return cost;
  }

  private textShareOf(context: NeedContext, textScore: number): number {
    return textShare(context.maxScore > 0 ? textScore / context.maxScore : 0);
  }

  private scorePair(
    context: NeedContext,
    listing: StoredListing,
    textScore: number,
    today: string,
  ): PairScore {
    const { need } = context;
    const text = this.textShareOf(context, textScore);
    const ipc = ipcShare(need.ipc ?? [], listing.ipc);
    const penalised = penalisedSubclasses(context.adjustments, listing.subclasses);
    const contributions = [
      round1(text * SIGNAL_POINTS.text),
      round1(ipc * SIGNAL_POINTS.ipc),
      round1(chainShare(need.industryChains, listing.industryChains) * SIGNAL_POINTS.chain),
      round1(priceShare(this.cost(listing, today), need.budget) * SIGNAL_POINTS.price),
      round1(dealTypeShare(need.dealTypes) * SIGNAL_POINTS.dealType),
      round1(regionShare(need.regionCode, listing.regionCode) * SIGNAL_POINTS.region),
      -feedbackPenalty(penalised),
    ];
    const raw =
      text * SIGNAL_POINTS.text + ipc * SIGNAL_POINTS.ipc + contributions.slice(2).reduce((a, b) => a + b, 0);
    const sum = contributions.reduce((a, b) => a + b, 0);
    return { listing, text, ipc, penalised, raw, score: Math.min(100, Math.max(0, round1(sum))) };
  }

  /** `terms`: the informative shared terms (see {@link informativeTerms}). */
  private explain(context: NeedContext, pair: PairScore, terms: string[], today: string): MatchExplanation {
    const { need } = context;
    const { listing } = pair;
    const ipc = explainIpc(need.ipc ?? [], listing.ipc);
    const signals: SignalExplanation[] = [
      explainText(pair.text, terms),
      ...(ipc === undefined ? [] : [ipc]),
      explainChain(need.industryChains, listing.industryChains),
      explainPrice(this.cost(listing, today), need.budget),
      explainDealType(need.dealTypes),
      explainRegion(need.regionCode, listing.regionCode),
    ];
    if (pair.penalised.length > 0) signals.push(explainFeedback(pair.penalised));
    const reasons = signals
      .filter((s) => s.signal !== 'feedback' && s.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 3);
    const feedback = signals.find((s) => s.signal === 'feedback');
    const what = listing.kind === 'bundle' ? '专利包' : '专利';
    const summary = `匹配度 ${pair.score.toFixed(1)} 分（${what}，${listing.holderName}）：${[...reasons.map((s) => s.text), ...(feedback === undefined ? [] : [feedback.text])].join('；')}`;
    const headline = {
      score: pair.score,
      listingKind: listing.kind,
      holderName: listing.holderName,
      reasons: [...reasons, ...(feedback === undefined ? [] : [feedback])].map((s) => s.signal),
    };
    return { summary, headline, signals };
  }

  /** What the listing matched of a need's query, from the index when it holds that listing. */
  private keysOf(analysis: QueryAnalysis, listing: ListingFeatures): Set<string> {
    if (this.listingIndex.has(listing.id)) return this.listingIndex.matchedKeysOf(analysis, [listing.id])[0]!;
    return new Set(
      [listing.title, ...listing.keywords, listing.abstract ?? ''].flatMap((t) => tokenise(t).map(termKey)),
    );
  }

  /**
   * Topical evidence beyond the text score: an informative term in common and a share of what the
   * need's title says (see {@link MIN_TITLE_COVERAGE}).
   */
  private hasEvidence(context: NeedContext, shown: readonly string[], matched: ReadonlySet<string>): boolean {
    if (!isSpecificEvidence(shown)) return false;
    return (
      titleCoverage(this.listingIndex, context.analysis, context.priorityKeys, matched) >= MIN_TITLE_COVERAGE
    );
  }
}
