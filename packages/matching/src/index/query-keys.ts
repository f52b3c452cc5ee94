import { type QueryAnalysis, termKey } from '../text/tokenise.ts';

/** The term keys (see {@link termKey}) of a query's tokens, worked out once per analysis. */
export interface QueryKeys {
  /** `core[i]` is the key of `analysis.core[i]`. */
  readonly core: readonly string[];
  /** The keys of `analysis.tokens`, each once, in order. */
  readonly tokens: readonly string[];
}

const keysOf = new WeakMap<QueryAnalysis, QueryKeys>();

/**
 * {@link QueryKeys} of an analysis, kept beside it: a need's query scores a hundred listings after
 * every change and outlives the changes that leave its terms alone, so its keys are built once rather
 * than as fresh strings for every lookup. Analyses are never changed once made.
 */
export function queryKeys(analysis: QueryAnalysis): QueryKeys {
  let keys = keysOf.get(analysis);
  if (keys === undefined) {
    keys = { core: analysis.core.map(termKey), tokens: [...new Set(analysis.tokens.map(termKey))] };
    keysOf.set(analysis, keys);
  }
  return keys;
}
