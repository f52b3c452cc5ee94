import type { LedgerGrade } from '@openlicense/contract';
import {
  type BundleMemberFacts,
  type BundleRecord,
  type BundleStatus,
  checkBundleTerms,
  evaluateBundleOffer,
  type HolderDecision,
} from '@openlicense/domain';
import type { TitledIssue } from '../declarations.ts';
import type { RequestedBundleAction } from './bundle-actions.ts';
import { titled } from './load-bundle.ts';

export interface BundleOfferView {
  /** On offer now: published, within its period, and every member could be declared. */
  offered: boolean;
  /** What holds each member back, whatever the status (a draft shows what would block it). */
  blockers: { patentNumber: string; issues: TitledIssue[] }[];
}
export interface BundleDetail {
  bundle: BundleRecord;
  offer: BundleOfferView;
  /** The bundle's own terms: promotional wording, a past start (before publication), price guidance. */
  terms: { errors: TitledIssue[]; warnings: TitledIssue[] };
  /** What this caller may do next. */
  availableActions: RequestedBundleAction[];
  /** Present when the caller's organisation holds member patents. */
  myConsent?: { holderOrgId: string; decision: HolderDecision; canDecide: boolean };
  /** The member patents' grades the caller may read (`bundleMemberGrades`): organiser and holders only. */
  memberGrades?: Record<string, LedgerGrade | null>;
}
/** Statuses in which the start of the period still matters: before publication. */
const START_MATTERS: readonly BundleStatus[] = ['draft', 'rejected', 'submitted'];

export function offerView(record: BundleRecord, facts: BundleMemberFacts, day: string): BundleOfferView {
  const offer = evaluateBundleOffer(record, facts, day);
  return {
    offered: record.status === 'published' && offer.offered && record.period.end >= day,
    blockers: offer.blockers.map((b) => ({ patentNumber: b.patentNumber, issues: b.issues.map(titled) })),
  };
}

export function termsView(record: BundleRecord, day: string) {
  const terms = checkBundleTerms(record, day, { startMatters: START_MATTERS.includes(record.status) });
  return { errors: terms.errors.map(titled), warnings: terms.warnings.map(titled) };
}
