import type { FeedbackAdjustments, ListingFeatures, MatchResult, NeedFeatures } from '@openlicense/matching';

/** The part of `MatchEngine` (from `@openlicense/matching`) the matcher uses. */
export interface Engine {
  upsertListing(listing: ListingFeatures): void;
  removeListing(id: string): boolean;
  upsertNeed(need: NeedFeatures): void;
  removeNeed(id: string): boolean;
  readonly listingCount: number;
  readonly needCount: number;
  matchNeed(need: NeedFeatures, options: { limit: number; adjustments?: FeedbackAdjustments }): MatchResult[];
  matchListing(
    listing: ListingFeatures,
    options: { limit: number; adjustmentsFor?: (enterpriseOrgId: string) => FeedbackAdjustments | undefined },
  ): MatchResult[];
  serialise(): Uint8Array;
}

/** How to make an engine: empty, or from the bytes of `serialise()`; `version` names the snapshot format. */
export interface EngineKind {
  version: number;
  create(): Engine;
  load(bytes: Uint8Array): Engine;
}
