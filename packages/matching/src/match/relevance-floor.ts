/**
 * The least text evidence a listing needs to be a match at all, as a share of the text signal
 * (0–1, see `textShare`). Below it a listing is never shown as a match, proposed or pushed, however
 * well its price, region, chain or deal type fit: those re-rank relevant listings, they never make
 * an irrelevant one relevant. Set on the dev judgments (bench/match-quality prints the precision of
 * the matches above it).
 */
export const RELEVANCE_FLOOR = 0.2;

export function isRelevant(textShare: number): boolean {
  return textShare >= RELEVANCE_FLOOR;
}

/**
 * The least share of a need's title and targets (by term weight, see `titleCoverage`) a listing must
 * also say to be a match: one word of a long description in common is not topical evidence.
 */
export const MIN_TITLE_COVERAGE = 0.25;

/**
 * Shared keywords that name a topic: two informative terms, or one of three characters or more
 * (硬碳负极, soh). A single two-character word (汽车, 健康) is shared by too many fields to stand alone.
 */
export function isSpecificEvidence(informativeTerms: readonly string[]): boolean {
  if (informativeTerms.length >= 2) return true;
  const [only] = informativeTerms;
  return only !== undefined && Array.from(only).length >= 3;
}
