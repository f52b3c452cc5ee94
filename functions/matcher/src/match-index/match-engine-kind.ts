import { MATCH_ENGINE_VERSION, MatchEngine } from '@openlicense/matching';
import type { EngineKind } from './engine.ts';

/** The real engine. */
export const matchEngineKind: EngineKind = {
  version: MATCH_ENGINE_VERSION,
  create: () => new MatchEngine(),
  load: (bytes) => MatchEngine.load(bytes),
};
