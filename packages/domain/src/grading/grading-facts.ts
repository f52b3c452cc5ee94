import type { PatentType } from '../validation/patent-number.ts';
import type { IpcChainTable } from './ipc-chains.ts';

/** The fields of a ledger record grading reads; a stored `Patent` fits as it is. */
export interface GradedPatent {
  type: PatentType;
  grantDate?: string | undefined;
  /** Last day of protection. */
  expiryDate: string;
  ipc: readonly string[];
  /** Chains the holder declared on the record, beside those its IPC codes map to. */
  industryChains: readonly string[];
  legal: {
    annualFee: 'paid' | 'late_window' | 'lapsed';
    pledge?: { pledgeeConsented: boolean } | undefined;
    exclusiveLicence?: { kind: 'exclusive' | 'sole'; until: string } | undefined;
    proceedingsSuspended?: boolean | undefined;
    invalidated?: boolean | undefined;
  };
  evaluationReport?: { conclusion: 'favourable' | 'unfavourable' } | undefined;
}

/** One live need the patent matches, from the engine's listing → needs ranking. */
export interface MatchedNeed {
  needId: string;
  /** The engine's 0–100 score. */
  score: number;
}

/** Everything known about one patent, assembled by the app from its record, licences and the matcher. */
export interface GradingFacts {
  patent: GradedPatent;
  /** An open ownership claim (权属异议) on its number. */
  disputeOpen: boolean;
  /** Live needs above the relevance floor, in any order (also for a patent not yet declared). */
  matchedNeeds: readonly MatchedNeed[];
  /** Open licences taken on it (came into effect), and negotiated deals on it signed or further. */
  licensing: { licences: number; deals: number };
}

export interface GradingOptions {
  /** `YYYY-MM-DD` in China. */
  today: string;
  /** The holder region's priority industry chains (e.g. Hengyang's ten). */
  priorityChains: readonly string[];
  /** Defaults to `DEFAULT_IPC_CHAIN_TABLE`. */
  ipcChains?: IpcChainTable | undefined;
}
