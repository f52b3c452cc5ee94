import type { DeclarationStatus } from '../declaration/declaration.ts';
import { DECLARATION_GUARD_TITLES } from '../declaration/guards.ts';
import { royaltyGuidanceWarnings } from '../declaration/guidance-caps.ts';
import { linkHolderPatentee } from '../declaration/holder-patentee.ts';
import type { Issue } from '../declaration/issue.ts';
import { findPromotionalWords } from '../declaration/promotional-wording.ts';
import type { Patent } from '../patent/patent.ts';
import { BUNDLE_BLOCKER_TITLES, type BundleMemberState, type BundleOffer, bundleOffered } from './bundle.ts';
import type { BundleMemberRecord, BundleRecord } from './bundle-record.ts';

/** What the ledger and the declarations say now about a bundle's member patents. */
export interface BundleMemberFacts {
  /** Ledger records of the member patents, by number; a missing number left the ledger. */
  patents: ReadonlyMap<string, Patent>;
  /** The submitted or published declaration of each member patent that has one: number → declaration id. */
  activeDeclarations: ReadonlyMap<string, string>;
  /** Status of every declaration the bundle refers to or that is active for a member, by id. */
  declarationStatuses: ReadonlyMap<string, DeclarationStatus>;
}

const WITHDRAWN: readonly DeclarationStatus[] = ['withdrawn', 'office_withdrawn'];

/** The published declaration of the member's patent now, if any. */
function publishedDeclaration(member: BundleMemberRecord, facts: BundleMemberFacts): string | undefined {
  const id = facts.activeDeclarations.get(member.patentNumber);
  return id !== undefined && facts.declarationStatuses.get(id) === 'published' ? id : undefined;
}

/**
 * The members with `declarationId` brought up to date: a member whose patent now has a published
 * declaration refers to it; otherwise it keeps the one it had, so a withdrawal is noticed.
 */
export function withCurrentDeclarations(
  members: readonly BundleMemberRecord[],
  facts: BundleMemberFacts,
): BundleMemberRecord[] {
  return members.map((member) => {
    const published = publishedDeclaration(member, facts);
    return published === undefined || published === member.declarationId
      ? member
      : { ...member, declarationId: published };
  });
}

/** The member's own declaration was withdrawn (by the holder or the office) and none replaced it. */
function declarationWithdrawn(member: BundleMemberRecord, facts: BundleMemberFacts): boolean {
  if (member.declarationId === undefined || publishedDeclaration(member, facts) !== undefined) return false;
  const status = facts.declarationStatuses.get(member.declarationId);
  return status !== undefined && WITHDRAWN.includes(status);
}

const notInLedger = (member: BundleMemberRecord): Issue => ({
  code: 'member_not_in_ledger',
  field: 'members',
  message: `专利 ZL${member.patentNumber} 已不在${member.holderName}的专利台账中（已删除或转由他人持有），请移出专利包 / ZL${member.patentNumber} is no longer in ${member.holderName}'s ledger: remove it from the bundle`,
});

/**
 * Whether the bundle's members allow it to be offered on `today` (`bundleOffered`, for each member as the
 * ledger has it now, with its holder's consent and its own declaration's fate), plus a blocker for each
 * member that left its holder's ledger. Says nothing about the bundle's status: a published bundle is on
 * offer only while this holds.
 */
export function evaluateBundleOffer(
  bundle: Pick<BundleRecord, 'members' | 'holders' | 'period'>,
  facts: BundleMemberFacts,
  today: string,
): BundleOffer {
  const missing: BundleOffer['blockers'] = [];
  const states: BundleMemberState[] = [];
  for (const member of bundle.members) {
    const patent = facts.patents.get(member.patentNumber);
    if (!patent || patent.holderOrgId !== member.holderOrgId) {
      missing.push({ patentNumber: member.patentNumber, issues: [notInLedger(member)] });
      continue;
    }
    const decision = bundle.holders.find((h) => h.orgId === member.holderOrgId)?.decision;
    states.push({
      patent,
      consented: decision === 'consented',
      memberDeclarationWithdrawn: declarationWithdrawn(member, facts),
    });
  }
  const offer = bundleOffered(states, bundle.period, today);
  const order = new Map(bundle.members.map((m, i) => [m.patentNumber, i]));
  const blockers = [...offer.blockers, ...missing].sort(
    (a, b) => (order.get(a.patentNumber) ?? 0) - (order.get(b.patentNumber) ?? 0),
  );
  return {
    offered: offer.offered && missing.length === 0 && bundle.members.length >= 2,
    blockers,
  };
}

/** Short Chinese titles of every code an offer check or a terms check can give. */
export const BUNDLE_ISSUE_TITLES: Record<string, string> = {
  ...DECLARATION_GUARD_TITLES,
  ...BUNDLE_BLOCKER_TITLES,
  member_not_in_ledger: '成员专利不在持有机构台账中',
  co_owner_not_consented: '共有人未同意',
};

const STATUTORY_TEXT_FIELDS = [
  ['name', '专利包名称'],
  ['scope', '实施范围'],
  ['royaltyEstimationNote', '许可使用费估算说明'],
  ['territory', '许可地域'],
] as const;

type BundleTerms = Pick<
  BundleRecord,
  'name' | 'scope' | 'royaltyEstimationNote' | 'territory' | 'royalty' | 'period'
>;

/**
 * The bundle's own terms, apart from its members: no promotional wording in the statutory text (the
 * description is where promotion goes) and, while `startMatters` (before publication), a period that does
 * not start before today. Prices above CNIPA's reported guidance are warnings.
 */
export function checkBundleTerms(
  terms: BundleTerms,
  today: string,
  options: { startMatters: boolean },
): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  for (const [field, zh] of STATUTORY_TEXT_FIELDS) {
    const words = findPromotionalWords(terms[field]);
    if (words.length > 0) {
      errors.push({
        code: 'promotional_wording',
        field,
        message: `${zh}不能使用广告宣传用语：${words.join('、')}；宣传内容请写在专利包介绍中 / ${field} must not use promotional wording (${words.join(', ')}); put promotion in description`,
      });
    }
  }
  if (options.startMatters && terms.period.start < today) {
    errors.push({
      code: 'period_start_in_past',
      field: 'period.start',
      message: `许可期限起始日不能早于今日 ${today} / the licence period cannot start before today (${today})`,
    });
  }
  return { errors, warnings: royaltyGuidanceWarnings(terms.royalty) };
}

/**
 * Co-owners of `patents` other than their holder `holderName` (by name, each once): every one of them must
 * consent before the holder may offer the patent, as for a declaration.
 */
export function coOwnersOf(patents: readonly Patent[], holderName: string): string[] {
  const names = new Set<string>();
  for (const patent of patents) {
    const linked = linkHolderPatentee(patent, holderName);
    for (const patentee of linked.patentees) {
      if (patentee.orgId !== linked.holderOrgId) names.add(patentee.name);
    }
  }
  return [...names];
}
