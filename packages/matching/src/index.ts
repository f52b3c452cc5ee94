export { SnapshotFormatError, TextIndexInputError } from './errors.ts';
export {
  DEFAULT_FIELDS,
  type FieldOptions,
  type TextIndexConfig,
  type TextIndexOptions,
} from './index/config.ts';
export { load, serialise } from './index/snapshot.ts';
export {
  type Filters,
  type FilterValue,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
  type TextDocument,
  TextIndex,
} from './index/text-index.ts';
export {
  CANDIDATES,
  LISTING_FIELDS,
  MATCH_ENGINE_VERSION,
  MatchEngine,
  type MatchEngineOptions,
  type MatchListingOptions,
  type MatchNeedOptions,
  NEED_FIELDS,
} from './match/engine.ts';
export { bestIpcAgreement, type IpcAgreement, ipcPath, ipcSubclass } from './match/ipc.ts';
export { formatYuan } from './match/money.ts';
export { NEED_BOILERPLATE, needCommonness } from './match/need-commonness.ts';
export { MAX_QUERY_TERMS } from './match/query.ts';
export { isRelevant, RELEVANCE_FLOOR } from './match/relevance-floor.ts';
export { PRICE_HORIZON_YEARS, SIGNAL_POINTS } from './match/signals.ts';
export type {
  FeedbackAdjustments,
  ListingFeatures,
  MatchExplanation,
  MatchResult,
  MatchSignal,
  NeedFeatures,
  SignalExplanation,
} from './match/types.ts';
export { normalise } from './text/normalise.ts';
export { STOP_WORDS } from './text/stop-words.ts';
export { SYNONYM_GROUPS } from './text/synonyms.ts';
export {
  type Analysis,
  analyse,
  analyseQuery,
  type QueryAnalysis,
  SYNONYM_WEIGHT,
  type SynonymMatch,
  TOKENISER_VERSION,
  type Token,
  type TokeniseOptions,
  type TokenKind,
  termKey,
  tokenise,
} from './text/tokenise.ts';
