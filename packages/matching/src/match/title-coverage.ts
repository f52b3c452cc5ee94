import { queryKeys } from '../index/query-keys.ts';
import type { TextIndex } from '../index/text-index.ts';
import { type QueryAnalysis, type Token, termKey } from '../text/tokenise.ts';

/**
 * A term's weight as {@link TextIndex.termWeight} gives it, except that a term no listing holds weighs
 * the most, not nothing: it is the most specific thing the title says, and no listing covers it.
 */
function specificity(index: TextIndex, token: Token, key = termKey(token)): number {
  const n = index.documentFrequency(key);
  const idf = Math.log(1 + (index.size - n + 0.5) / (n + 0.5));
  return index.config.kindWeights[token.kind] * (token.weight ?? 1) * idf;
}

/**
 * The share (0–1) of what a need's title and targets say, by term weight, that a listing also says.
 * The title names the technology; a listing that shares none of it but a word of the description
 * (健康 of "结构健康监测" and of "电池健康状态") is not about the same thing. A synonym group counts
 * as covered when any of its members matched. The title's terms are those the query kept (pruned).
 *
 * @example
 * titleCoverage(index, analysis, priorityKeys, matchedKeys) // 0.45
 */
export function titleCoverage(
  index: TextIndex,
  analysis: QueryAnalysis,
  priorityKeys: ReadonlySet<string>,
  matched: ReadonlySet<string>,
): number {
  let total = 0;
  let covered = 0;
  const coreKeys = queryKeys(analysis).core;
  for (let i = 0; i < analysis.core.length; i++) {
    const token = analysis.core[i]!;
    const key = coreKeys[i]!;
    if (!priorityKeys.has(key)) continue;
    const weight = specificity(index, token, key);
    total += weight;
    if (matched.has(key)) covered += weight;
  }
  for (const group of analysis.synonyms) {
    if (!group.said.some((t) => priorityKeys.has(termKey(t)))) continue;
    let weight = 0;
    for (const token of group.said) weight += specificity(index, token);
    total += weight;
    const hit = [group.said, ...group.alternatives].some((alternative) =>
      alternative.some((t) => matched.has(termKey(t))),
    );
    if (hit) covered += weight;
  }
  return total === 0 ? 1 : covered / total;
}
