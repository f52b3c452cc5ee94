import type { TextIndex } from '../index/text-index.ts';
import { analyseQuery, type QueryAnalysis, type Token, termKey, withWeight } from '../text/tokenise.ts';

/**
 * Most query terms a long text (a need's description, a listing's abstract) keeps: scanning the
 * postings of every bigram of a 500-character need costs far more than it tells.
 */
export const MAX_QUERY_TERMS = 128;

/**
 * A term only the long text (description, abstract) has, not the title, targets or keywords, weighs
 * this much: the title says what the need is, a description also tells the firm's history.
 */
export const BODY_TERM_WEIGHT = 0.5;

/**
 * A term of the long text (not of the title, targets or keywords) that more than this share of the
 * listings hold is not searched: it tells least (idf below ln 100) and costs most (the longest postings).
 */
export const MAX_TERM_DOCUMENT_SHARE = 0.01;
/** Below this many listings every term is searched: a small catalogue's shares say little. */
const MIN_COMMON_LIMIT = 200;

/** Listings a long text's term may be held by and still be searched (see {@link MAX_TERM_DOCUMENT_SHARE}). */
export function commonLimit(index: TextIndex): number {
  return Math.max(MIN_COMMON_LIMIT, index.size * MAX_TERM_DOCUMENT_SHARE);
}

/** Bare numbers (years, amounts, counts) of a long text say nothing about its field. */
const DIGITS_ONLY = /^\d+$/;

function dedupe(tokens: readonly Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    const key = termKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A query's text analysed, before pruning: what does not depend on the index, so it can be kept per text. */
export interface AnalysedQueryText {
  readonly full: QueryAnalysis;
  readonly priorityTokens: readonly Token[];
  /** Each core term in text order: its key, its token weighted by {@link BODY_TERM_WEIGHT}, and whether it may be kept. */
  readonly terms: readonly {
    readonly token: Token;
    readonly key: string;
    readonly keep: boolean;
    /** From the title, targets or keywords, not only the long text. */
    readonly priority: boolean;
  }[];
}

/** The index-independent half of {@link prunedQuery}. */
export function analyseQueryText(text: string, priorityText: string): AnalysedQueryText {
  const full = analyseQuery(text);
  const priorityTokens = analyseQuery(priorityText).core;
  const priority = new Set(priorityTokens.map(termKey));
  const terms = full.core.map((token) => {
    const key = termKey(token);
    const weighted: Token = priority.has(key)
      ? token
      : withWeight(token, (token.weight ?? 1) * BODY_TERM_WEIGHT);
    const keep = priority.has(key) || !(token.kind === 'latin' && DIGITS_ONLY.test(token.text));
    return { token: weighted, key, keep, priority: priority.has(key) };
  });
  return { full, priorityTokens, terms };
}

/** How much of its weight a query term keeps (0–1), e.g. for being common among needs. */
export type TermFactor = (token: Token) => number;

/**
 * {@link prunedQuery} of a text already analysed by {@link analyseQueryText}; `factor` scales each
 * term's weight before the terms are ranked and kept (see `needCommonness`).
 */
export function pruneAnalysedQuery(
  index: TextIndex,
  analysed: AnalysedQueryText,
  maxTerms = MAX_QUERY_TERMS,
  factor?: TermFactor,
): QueryAnalysis {
  const { full, priorityTokens } = analysed;
  const limit = commonLimit(index);
  const kindWeights = index.config.kindWeights;
  // One pass: each term weighted by the factor and ranked by index.termWeight (the same expression,
  // from the frequency looked up for the limit), only those ranked above 0 kept.
  const ranked: { token: Token; order: number; key: string; rank: number }[] = [];
  analysed.terms.forEach(({ token: own, key, keep, priority }, order) => {
    if (!keep) return;
    const token = factor === undefined ? own : withWeight(own, (own.weight ?? 1) * factor(own));
    const df = index.documentFrequency(key);
    if (df === 0 || !(priority || df <= limit)) return;
    const rank = kindWeights[token.kind] * (token.weight ?? 1) * index.idf(df);
    if (rank > 0) ranked.push({ token, order, key, rank });
  });
  ranked.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).splice(maxTerms);
  ranked.sort((a, b) => a.order - b.order);
  const core = ranked.map((t) => t.token);
  return {
    core,
    synonyms: full.synonyms,
    runs: full.runs,
    // Explanations look up these: the kept terms, and every term of the title (a phrase such as
    // 采摘机器人 reads whole even when pruning dropped one of its bigrams from the scoring).
    tokens: dedupe([
      ...core,
      ...priorityTokens,
      ...full.synonyms.flatMap((s) => [...s.said, ...s.alternatives.flat()]),
    ]),
  };
}

/**
 * The analysis of `text` as a query against `index`, keeping at most `maxTerms` of its own terms:
 * those the index weighs most (idf × kind weight), terms missing from `priorityText` weighing
 * {@link BODY_TERM_WEIGHT} (in pruning and in scoring). Terms no indexed document holds are dropped (they cannot score). Synonym groups are
 * kept whole. Kept terms stay in the order the text gave them, so scores are reproducible.
 */
export function prunedQuery(
  index: TextIndex,
  text: string,
  priorityText: string,
  maxTerms = MAX_QUERY_TERMS,
  factor?: TermFactor,
): QueryAnalysis {
  return pruneAnalysedQuery(index, analyseQueryText(text, priorityText), maxTerms, factor);
}

/** The most a document can score on the query: every term saturated (see {@link TextIndex.termWeight}). */
export function maxQueryScore(index: TextIndex, analysis: QueryAnalysis): number {
  let max = 0;
  for (const token of analysis.core) max += index.termWeight(token);
  for (const group of analysis.synonyms) {
    let best = 0;
    for (const alternative of [group.said, ...group.alternatives]) {
      let sum = 0;
      for (const token of alternative) sum += index.termWeight(token);
      if (sum > best) best = sum;
    }
    max += best;
  }
  return max;
}
