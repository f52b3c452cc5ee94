import type { DealType, MatchHeadline, MatchReason, Royalty } from '@openlicense/domain';

export type MatchSignal = 'text' | 'ipc' | 'chain' | 'price' | 'dealType' | 'region' | 'feedback';

export interface SignalExplanation {
  signal: MatchSignal;
  /** Points this signal added to (or, for feedback, took from) the 0–100 score. */
  contribution: number;
  /** The evidence: shared terms, shared IPC codes, chain names, '¥48,000 / ¥200,000', region names… */
  evidence: string[];
  /** One Chinese sentence (e-mails, exports), e.g. '共同关键词：锂离子电池、隔膜'. */
  text: string;
  /** The same sentence as a code with parameters, which screens phrase in the reader's language. */
  reason: MatchReason;
}

export interface MatchExplanation {
  /** Chinese one-liner (e-mails, exports). */
  summary: string;
  /** The one-liner's facts, which screens phrase in the reader's language. */
  headline: MatchHeadline;
  signals: SignalExplanation[];
}

/** A published listing (open-licence declaration) or bundle, as the engine matches it. */
export interface ListingFeatures {
  id: string;
  kind: 'listing' | 'bundle';
  title: string;
  abstract?: string;
  keywords: string[];
  /** Canonical, e.g. 'H01M 4/525' (main group/subgroup) or 'H01M'. */
  ipc: string[];
  industryChains: string[];
  /** The holder's 6-digit 行政区划代码. */
  regionCode: string;
  holderName: string;
  royalty: Royalty;
  period: { start: string; end: string };
}

/** An enterprise technology need, as the engine matches it. */
export interface NeedFeatures {
  id: string;
  enterpriseOrgId: string;
  title: string;
  description: string;
  targets: string[];
  industryChains: string[];
  ipc?: string[];
  budget?: { minFen: number; maxFen: number };
  dealTypes: DealType[];
  regionCode: string;
}

/** What an enterprise's push feedback taught (H2 stores it; the matcher passes it in). */
export interface FeedbackAdjustments {
  /** IPC subclass ('H01M') → times the enterprise said "wrong field" to a push in it. */
  penalisedIpc: Record<string, number>;
  /** Listings the enterprise said it "already knows": never proposed again. */
  excludedListings: string[];
}

export interface MatchResult {
  id: string;
  /** 0–100, one decimal. */
  score: number;
  explanation: MatchExplanation;
}
