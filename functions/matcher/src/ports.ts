import type {
  Authorisation,
  BundleRecord,
  BundleStatus,
  Deal,
  DeclarationRecord,
  FeedbackAdjustments,
  GradingSettings,
  MatchRecord,
  Need,
  OpenLicence,
  Org,
  OrgStatus,
  Patent,
  PatentDispute,
  Proposal,
  ProposalInput,
  Push,
  PushBrokerType,
  PushPreferences,
  PushSettings,
} from '@openlicense/domain';
import type { PatentGradeInput, PatentGradeRecord } from '@openlicense/store';

interface Page<T> {
  items: T[];
  nextCursor?: string;
}
type PageOptions = { limit: number; cursor?: string | undefined };

/**
 * What the matcher reads and writes, as a subset of the store's repositories (`Store` satisfies it), so its
 * logic is tested against DynamoDB Local and its pure parts without one.
 */
export interface MatcherStore {
  declarations: {
    get(id: string): Promise<DeclarationRecord | undefined>;
    listPublished(options: PageOptions): Promise<Page<DeclarationRecord>>;
    listChangedSince(isoTime: string): Promise<DeclarationRecord[]>;
    activeForMany(patentNumbers: readonly string[]): Promise<Map<string, DeclarationRecord>>;
  };
  bundles: {
    get(id: string): Promise<BundleRecord | undefined>;
    listByStatus(status: BundleStatus, options: PageOptions): Promise<Page<BundleRecord>>;
  };
  needs: {
    get(id: string): Promise<Need | undefined>;
    allByOwner(ownerOrgId: string): Promise<Need[]>;
  };
  orgs: {
    get(orgId: string): Promise<Org | undefined>;
    listByStatus(status: OrgStatus, options: { limit: number; cursor?: string }): Promise<Page<Org>>;
  };
  authorisations: { listByEnterprise(enterpriseOrgId: string): Promise<Authorisation[]> };
  matches: {
    replaceForNeed(needId: string, matches: MatchRecord[]): Promise<void>;
    upsertForListing(listingId: string, matches: MatchRecord[]): Promise<void>;
    removeListing(listingId: string): Promise<void>;
    removeNeed(needId: string): Promise<void>;
    listByNeed(needId: string, limit: number): Promise<MatchRecord[]>;
    listByListing(listingId: string, limit: number): Promise<MatchRecord[]>;
  };
  proposals: {
    upsert(proposals: ProposalInput[], now: Date): Promise<unknown>;
    get(brokerOrgId: string, id: string): Promise<Proposal | undefined>;
    withdraw(brokerOrgId: string, needId: string, listingId: string): Promise<void>;
  };
  pushes: {
    approve(input: {
      proposal: Proposal;
      brokerUserId: string;
      brokerName: string;
      /** The broker's organisation type, shown to the enterprise as the sender's kind. */
      brokerType?: PushBrokerType | undefined;
      now: Date;
      dedupeDays: number;
      /** The live authorisation pushed under; the approval's transaction checks it is still live. */
      authorisation?: Pick<Authorisation, 'enterpriseOrgId' | 'id'>;
    }): Promise<Push>;
    deliver(pushId: string, now: Date): Promise<Push>;
  };
  pushPreferences: { get(enterpriseOrgId: string): Promise<PushPreferences> };
  pushSettings: { get(brokerOrgId: string): Promise<PushSettings> };
  matchFeedback: { get(enterpriseOrgId: string): Promise<FeedbackAdjustments> };
  // ── patent grading (issue 14) ──
  patents: {
    get(number: string): Promise<Patent | undefined>;
    allByHolder(holderOrgId: string): Promise<Patent[]>;
  };
  patentGrades: {
    put(next: PatentGradeInput): Promise<PatentGradeRecord>;
    listByHolder(holderOrgId: string): Promise<PatentGradeRecord[]>;
    /** Numbers of the patents whose grade counts the need. */
    countingNeed(needId: string): Promise<string[]>;
    remove(patentId: string): Promise<void>;
  };
  patentDisputes: {
    listByStatus(status: 'open', options: PageOptions): Promise<Page<PatentDispute>>;
  };
  /** Each IP office's priority chains and IPC → chain table (none until an office saves its own). */
  gradingSettings: { listAll(): Promise<GradingSettings[]> };
  licences: { allFor(orgId: string, as: 'licensor'): Promise<OpenLicence[]> };
  deals: { listForOrg(orgId: string, options: PageOptions): Promise<Page<Deal>> };
}
