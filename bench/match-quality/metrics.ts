/** Ranking metrics with graded gains (here: IPC subclasses shared with the query). */

/** nDCG@k with linear gains: DCG of the list over the DCG of the best possible list. */
export function ndcgAt(k: number, gains: readonly number[], allGains: readonly number[]): number {
  const dcg = (values: readonly number[]) =>
    values.slice(0, k).reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  const ideal = dcg([...allGains].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(gains) / ideal;
}

/** AP@k with binary relevance (gain > 0), normalised by min(k, relevant documents). */
export function averagePrecisionAt(k: number, gains: readonly number[], relevantCount: number): number {
  if (relevantCount === 0) return 0;
  let hits = 0;
  let sum = 0;
  gains.slice(0, k).forEach((gain, i) => {
    if (gain > 0) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / Math.min(k, relevantCount);
}
