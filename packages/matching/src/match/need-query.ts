import type { TextIndex } from '../index/text-index.ts';
import { type QueryAnalysis, type Token, termKey, withWeight } from '../text/tokenise.ts';
import { NEED_BOILERPLATE, needCommonness, needCommonnessScale } from './need-commonness.ts';
import { PATENT_GENERIC, patentCommonness, patentCommonnessScale } from './patent-commonness.ts';
import { type AnalysedQueryText, commonLimit, type TermFactor } from './query.ts';

/**
 * What every need's query is weighed with while the listings and needs stay the same: both indexes
 * and the parts of the two-sided factor (see `needCommonness`, `patentCommonness`) that depend on their
 * sizes only. Worked out once per change of either side; a {@link NeedQuery} knows it by identity.
 */
export class TermStatistics {
  /** `needCommonness × patentCommonness` of a token, as the engine weighs query terms. */
  readonly factor: TermFactor;
  readonly commonLimit: number;
  /** `patentCommonness` of a generic term (any other keeps 1). */
  readonly genericScale: number;
  private readonly needScale: (df: number, boilerplate: boolean) => number;
  /**
   * `needCommonness` by a term's frequency among the needs: `[df]` for most terms, `[needs + 1 + df]`
   * for boilerplate; NaN until asked (every need's terms share the same few frequencies).
   */
  private readonly needSides: Float64Array;

  constructor(
    readonly listingIndex: TextIndex,
    readonly needIndex: TextIndex,
  ) {
    const needSide = needCommonness(needIndex);
    const patentSide = patentCommonness(listingIndex);
    this.factor = (token) => needSide(token) * patentSide(token);
    this.needScale = needCommonnessScale(needIndex);
    this.genericScale = patentCommonnessScale(listingIndex)(true);
    this.commonLimit = commonLimit(listingIndex);
    this.needSides = new Float64Array(2 * (needIndex.size + 1)).fill(Number.NaN);
  }

  /** `needCommonness` of a term that `df` needs hold. */
  needSide(df: number, boilerplate: boolean): number {
    const n = this.needIndex.size;
    if (df > n) return this.needScale(df, boilerplate);
    const at = boilerplate ? n + 1 + df : df;
    let value = this.needSides[at]!;
    if (Number.isNaN(value)) {
      value = this.needScale(df, boilerplate);
      this.needSides[at] = value;
    }
    return value;
  }
}

const KEEP = 1;
const PRIORITY = 2;
const BOILERPLATE = 4;
const GENERIC = 8;
/** In the query the last derivation kept. */
const KEPT = 16;

// Scratch shared by every derivation (one runs at a time): per term its weight and its rank.
let weights = new Float64Array(512);
let ranks = new Float64Array(512);
let order = new Int32Array(512);

function ensureScratch(terms: number): void {
  if (weights.length >= terms) return;
  const size = Math.max(terms, weights.length * 2);
  weights = new Float64Array(size);
  ranks = new Float64Array(size);
  order = new Int32Array(size);
}

export interface DerivedQuery {
  /** The need's text pruned against the index as it stands (see `pruneAnalysedQuery`). */
  readonly analysis: QueryAnalysis;
  /** The most a listing can score on it (see `maxQueryScore`). */
  readonly maxScore: number;
}

/**
 * A need's query, kept between changes of the listings and needs: `pruneAnalysedQuery` of its text
 * with the two-sided factor, and `maxQueryScore` of the result, the same numbers bit for bit, but
 * re-derived after a change from term frequencies it resolved once (see `TextIndex.termSlot`) rather
 * than by hashing every term's key in both indexes again; the kept terms are sorted again only when
 * the change moved a term across the cut, and the previous query is handed back as it was when
 * neither the kept terms nor their weights moved.
 */
export class NeedQuery {
  /** Keys of the terms of the need's title and targets (see `titleCoverage`). */
  readonly priorityKeys: ReadonlySet<string>;
  private readonly flags: Uint8Array;
  /** Each term's own weight (1, or the body term weight), before the factor. */
  private readonly baseWeights: Float64Array;
  /** Each term's kind weight in the listing index (set by {@link resolve}). */
  private readonly kindWeights: Float64Array;
  private readonly listingSlots: Int32Array;
  private readonly needSlots: Int32Array;
  private readonly synonymTokens: readonly Token[];
  private readonly synonymSlots: Int32Array;
  /** The priority and synonym tokens the analysis lists after its core, each with its core term (or -1). */
  private readonly tail: readonly { readonly token: Token; readonly term: number }[];
  private resolvedFor:
    | { listing: TextIndex; listingEpoch: number; need: TextIndex; needEpoch: number }
    | undefined;
  private last:
    | {
        readonly statistics: TermStatistics;
        readonly maxTerms: number;
        readonly kept: Int32Array;
        readonly derived: DerivedQuery;
      }
    | undefined;

  constructor(readonly analysed: AnalysedQueryText) {
    const { terms, priorityTokens, full } = analysed;
    this.priorityKeys = new Set(priorityTokens.map(termKey));
    this.flags = new Uint8Array(terms.length);
    this.baseWeights = new Float64Array(terms.map(({ token }) => token.weight ?? 1));
    this.kindWeights = new Float64Array(terms.length);
    terms.forEach(({ token, keep, priority }, i) => {
      this.flags[i] =
        (keep ? KEEP : 0) |
        (priority ? PRIORITY : 0) |
        (NEED_BOILERPLATE.has(token.text) ? BOILERPLATE : 0) |
        (PATENT_GENERIC.has(token.text) ? GENERIC : 0);
    });
    this.listingSlots = new Int32Array(terms.length);
    this.needSlots = new Int32Array(terms.length);
    this.synonymTokens = full.synonyms.flatMap((group) => [group.said, ...group.alternatives].flat());
    this.synonymSlots = new Int32Array(this.synonymTokens.length);
    const termOf = new Map(terms.map((t, i) => [t.key, i]));
    const seen = new Set<string>();
    const tail: { token: Token; term: number }[] = [];
    for (const token of [
      ...priorityTokens,
      ...full.synonyms.flatMap((s) => [...s.said, ...s.alternatives.flat()]),
    ]) {
      const key = termKey(token);
      if (seen.has(key)) continue;
      seen.add(key);
      tail.push({ token, term: termOf.get(key) ?? -1 });
    }
    this.tail = tail;
  }

  /**
   * The query against the statistics as they stand; the same object again for the same statistics
   * and `maxTerms`.
   */
  derive(statistics: TermStatistics, maxTerms: number): DerivedQuery {
    const last = this.last;
    if (last !== undefined && last.statistics === statistics && last.maxTerms === maxTerms) {
      return last.derived;
    }
    const { listingIndex, needIndex, genericScale } = statistics;
    this.resolve(listingIndex, needIndex);
    const { flags, listingSlots, needSlots, baseWeights, kindWeights } = this;
    const count = flags.length;
    ensureScratch(count);
    const limit = statistics.commonLimit;
    // As pruneAnalysedQuery: each term's weight times the factor, ranked by the listings' idf.
    let positives = 0;
    for (let i = 0; i < count; i++) {
      const f = flags[i]!;
      ranks[i] = 0;
      if ((f & KEEP) === 0) continue;
      const factor =
        statistics.needSide(needIndex.frequencyAt(needSlots[i]!), (f & BOILERPLATE) !== 0) *
        ((f & GENERIC) !== 0 ? genericScale : 1);
      const weight = baseWeights[i]! * factor;
      weights[i] = weight;
      const df = listingIndex.frequencyAt(listingSlots[i]!);
      if ((f & PRIORITY) === 0 && !(df <= limit)) continue;
      if (df === 0) continue;
      const rank = kindWeights[i]! * weight * listingIndex.idf(df);
      ranks[i] = rank;
      if (rank > 0) positives++;
    }
    const kept = this.keep(positives, maxTerms, last?.maxTerms === maxTerms);
    // As maxQueryScore, adding in the same order: the kept terms' weights, then each synonym group's best.
    let maxScore = 0;
    for (let k = 0; k < kept.length; k++) maxScore += ranks[kept[k]!]!;
    maxScore = this.addSynonymMaxima(listingIndex, maxScore);
    const derived =
      last !== undefined && this.sameQuery(kept, last)
        ? { analysis: last.derived.analysis, maxScore }
        : { analysis: this.analysis(kept, last), maxScore };
    this.last = { statistics, maxTerms, kept, derived };
    return derived;
  }

  /** Term slots in both indexes, resolved again when either index starts its frequency cache again. */
  private resolve(listing: TextIndex, need: TextIndex): void {
    const done = this.resolvedFor;
    if (
      done !== undefined &&
      done.listing === listing &&
      done.need === need &&
      done.listingEpoch === listing.termSlotEpoch &&
      done.needEpoch === need.termSlotEpoch
    ) {
      return;
    }
    const { terms } = this.analysed;
    terms.forEach(({ token }, i) => {
      this.kindWeights[i] = listing.config.kindWeights[token.kind];
    });
    for (;;) {
      const listingEpoch = listing.termSlotEpoch;
      const needEpoch = need.termSlotEpoch;
      for (let i = 0; i < terms.length; i++) {
        if ((this.flags[i]! & KEEP) === 0) continue;
        this.listingSlots[i] = listing.termSlot(terms[i]!.key);
        this.needSlots[i] = need.termSlot(terms[i]!.key);
      }
      this.synonymTokens.forEach((token, i) => {
        this.synonymSlots[i] = listing.termSlot(termKey(token));
      });
      // A cache that started again part way through named some of these slots before it did.
      if (listing.termSlotEpoch === listingEpoch && need.termSlotEpoch === needEpoch) {
        this.resolvedFor = { listing, listingEpoch, need, needEpoch };
        return;
      }
    }
  }

  /**
   * The terms kept, in text order: the `maxTerms` best ranked (rank, then key), as pruneAnalysedQuery
   * sorts them. When the last derivation's terms are still the best, no sort is needed.
   */
  private keep(positives: number, maxTerms: number, sameLimit: boolean): Int32Array {
    const { flags } = this;
    const { terms } = this.analysed;
    const count = terms.length;
    if (positives > maxTerms && sameLimit && this.lastStillBest(maxTerms)) {
      const kept = new Int32Array(maxTerms);
      let k = 0;
      for (let i = 0; i < count; i++) if ((flags[i]! & KEPT) !== 0) kept[k++] = i;
      return kept;
    }
    let n = 0;
    for (let i = 0; i < count; i++) if (ranks[i]! > 0) order[n++] = i;
    let kept: Int32Array;
    if (n <= maxTerms) {
      kept = order.slice(0, n);
    } else {
      const best = Array.from(order.subarray(0, n)).sort(
        (a, b) =>
          ranks[b]! - ranks[a]! ||
          (terms[a]!.key < terms[b]!.key ? -1 : terms[a]!.key > terms[b]!.key ? 1 : 0),
      );
      kept = Int32Array.from(best.slice(0, maxTerms)).sort();
    }
    for (let i = 0; i < count; i++) flags[i]! &= ~KEPT;
    for (let k = 0; k < kept.length; k++) flags[kept[k]!]! |= KEPT;
    return kept;
  }

  /** Whether the terms kept last time are still the `maxTerms` best by rank (then key). */
  private lastStillBest(maxTerms: number): boolean {
    const { flags } = this;
    const { terms } = this.analysed;
    let keptCount = 0;
    let worst = -1;
    let best = -1;
    const better = (a: number, b: number) =>
      ranks[a]! > ranks[b]! || (ranks[a] === ranks[b] && terms[a]!.key < terms[b]!.key);
    for (let i = 0; i < terms.length; i++) {
      const rank = ranks[i]!;
      if ((flags[i]! & KEPT) !== 0) {
        if (!(rank > 0)) return false;
        keptCount++;
        if (worst < 0 || better(worst, i)) worst = i;
      } else if (rank > 0 && (best < 0 || better(i, best))) {
        best = i;
      }
    }
    return keptCount === maxTerms && (best < 0 || better(worst, best));
  }

  /** Whether the kept terms and their weights are those of the last query. */
  private sameQuery(kept: Int32Array, last: NonNullable<NeedQuery['last']>): boolean {
    if (kept.length !== last.kept.length) return false;
    const { core } = last.derived.analysis;
    for (let k = 0; k < kept.length; k++) {
      if (kept[k] !== last.kept[k] || core[k]!.weight !== weights[kept[k]!]) return false;
    }
    return true;
  }

  /** The query of the kept terms, reusing the last query's tokens whose weights did not move. */
  private analysis(kept: Int32Array, last: NeedQuery['last']): QueryAnalysis {
    const { terms, full } = this.analysed;
    const previous = last?.kept;
    const previousCore = last?.derived.analysis.core;
    const core: Token[] = new Array(kept.length);
    let j = 0;
    for (let k = 0; k < kept.length; k++) {
      const i = kept[k]!;
      const weight = weights[i]!;
      if (previous !== undefined && previousCore !== undefined) {
        while (j < previous.length && previous[j]! < i) j++;
        const reused = j < previous.length && previous[j] === i ? previousCore[j]! : undefined;
        if (reused !== undefined && reused.weight === weight) {
          core[k] = reused;
          continue;
        }
      }
      core[k] = withWeight(terms[i]!.token, weight);
    }
    const tokens = [...core];
    for (const { token, term } of this.tail) {
      if (term < 0 || (this.flags[term]! & KEPT) === 0) tokens.push(token);
    }
    return { core, synonyms: full.synonyms, runs: full.runs, tokens };
  }

  /** `max` plus maxQueryScore's part for the synonym groups: per group, its best alternative. */
  private addSynonymMaxima(index: TextIndex, from: number): number {
    const kindWeights = index.config.kindWeights;
    let max = from;
    let s = 0;
    for (const group of this.analysed.full.synonyms) {
      let best = 0;
      for (const alternative of [group.said, ...group.alternatives]) {
        let sum = 0;
        for (const token of alternative) {
          const df = index.frequencyAt(this.synonymSlots[s++]!);
          sum += df === 0 ? 0 : kindWeights[token.kind] * (token.weight ?? 1) * index.idf(df);
        }
        if (sum > best) best = sum;
      }
      max += best;
    }
    return max;
  }
}
