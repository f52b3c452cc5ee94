import * as z from 'zod/mini';
import { DEFAULT_TERRITORY } from '../declaration/declaration.ts';
import { checkPatentDeclarable, checkPeriodWithinTerm } from '../declaration/guards.ts';
import type { Issue } from '../declaration/issue.ts';
import {
  type LicencePeriod,
  LicencePeriodSchema,
  periodCoversOneYear,
} from '../declaration/licence-period.ts';
import { RoyaltySchema } from '../declaration/royalty.ts';
import { ContactSchema } from '../organisation/organisation.ts';
import type { Patent } from '../patent/patent.ts';
import { PatentNumberSchema } from '../validation/patent-number.ts';

export const BundleMemberSchema = z.object({
  patentNumber: PatentNumberSchema,
  holderOrgId: z.string().check(z.minLength(1, '请填写专利持有机构 / holderOrgId is required')),
  /** The holder agreed to offer this patent in the bundle. */
  consented: z.boolean(),
});
export type BundleMember = z.infer<typeof BundleMemberSchema>;

/** 专利包 / 公共专利池: patents offered together, at one price, only as a whole. */
export const BundleInputSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, '请填写专利包名称 / name is required'),
      z.maxLength(100, '专利包名称不能超过 100 个字 / name is at most 100 characters'),
    ),
  description: z._default(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(2000, '专利包介绍不能超过 2000 个字 / description is at most 2000 characters'),
      ),
    '',
  ),
  members: z.array(BundleMemberSchema).check(
    z.minLength(2, '专利包至少包含 2 件专利 / a bundle needs at least 2 patents'),
    z.maxLength(500),
    z.refine((members) => new Set(members.map((m) => m.patentNumber)).size === members.length, {
      message: '专利包中的专利不能重复 / a patent appears in the bundle more than once',
    }),
  ),
  royalty: RoyaltySchema,
  royaltyEstimationNote: z
    .string()
    .check(
      z.trim(),
      z.minLength(10, '许可使用费估算说明至少 10 个字 / royaltyEstimationNote needs at least 10 characters'),
      z.maxLength(
        2000,
        '许可使用费估算说明不能超过 2000 个字 / royaltyEstimationNote is at most 2000 characters',
      ),
    ),
  period: LicencePeriodSchema.check(
    z.refine(periodCoversOneYear, {
      path: ['end'],
      message: '许可期限至少一年 / the licence period must be at least one year',
      // Counting the year needs two real dates: skip it while either date is itself refused.
      when: (payload) => payload.issues.length === 0,
    }),
  ),
  scope: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, '请填写实施范围 / scope is required'),
      z.maxLength(2000, '实施范围不能超过 2000 个字 / scope is at most 2000 characters'),
    ),
  territory: z._default(z.string().check(z.trim(), z.minLength(2), z.maxLength(100)), DEFAULT_TERRITORY),
  contact: ContactSchema,
});
export type BundleInput = z.infer<typeof BundleInputSchema>;

export interface BundleMemberState {
  patent: Patent;
  consented: boolean;
  /** The member's own open-licence declaration was withdrawn, which suspends the bundle. */
  memberDeclarationWithdrawn?: boolean;
}

export interface BundleOffer {
  offered: boolean;
  blockers: { patentNumber: string; issues: Issue[] }[];
}

function memberIssues(member: BundleMemberState, period: LicencePeriod, today: string): Issue[] {
  const { patent } = member;
  const issues = [
    ...checkPatentDeclarable(patent, today),
    ...checkPeriodWithinTerm(period, patent.expiryDate).filter(
      (issue) => issue.code === 'period_past_expiry',
    ),
  ];
  if (!member.consented) {
    issues.push({
      code: 'member_not_consented',
      field: 'members',
      message: `专利 ZL${patent.number} 的持有人尚未同意加入专利包 / the holder of ZL${patent.number} has not consented to the bundle`,
    });
  }
  if (member.memberDeclarationWithdrawn === true) {
    issues.push({
      code: 'member_declaration_withdrawn',
      field: 'members',
      message: `专利 ZL${patent.number} 的开放许可声明已撤回，专利包暂停提供 / the open licence of ZL${patent.number} was withdrawn, so the bundle is suspended`,
    });
  }
  return issues;
}

/**
 * Whether a bundle can be offered on `today`: only while it has at least two members, every member could
 * be declared on its own for the bundle's period (the patent-level guards of `checkDeclarable`, and the
 * period ending by its expiry), every holder consented and no member's declaration was withdrawn.
 * A period that started in the past does not block a bundle already on offer.
 */
export function bundleOffered(
  members: BundleMemberState[],
  period: LicencePeriod,
  today: string,
): BundleOffer {
  const blockers = members
    .map((member) => ({ patentNumber: member.patent.number, issues: memberIssues(member, period, today) }))
    .filter((blocker) => blocker.issues.length > 0);
  return { offered: members.length >= 2 && blockers.length === 0, blockers };
}

/** Chinese titles of the bundle-only blocker codes; the rest are in DECLARATION_GUARD_TITLES. */
export const BUNDLE_BLOCKER_TITLES = {
  member_not_consented: '持有人未同意加入专利包',
  member_declaration_withdrawn: '成员专利的开放许可已撤回',
} as const;
