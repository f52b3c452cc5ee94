import * as z from 'zod/mini';
import { LicencePeriodSchema } from '../declaration/licence-period.ts';
import { DomainError } from '../errors.ts';
import { OrgTypeSchema } from '../organisation/org-types.ts';
import type { Org } from '../organisation/organisation.ts';
import { addMonths, IsoDateSchema } from '../patent/iso-date.ts';
import { type Patent, PatentTypeSchema } from '../patent/patent.ts';
import { PatentNumberSchema } from '../validation/patent-number.ts';
import { cleanTextFields } from '../validation/text.ts';
import { BundleInputSchema } from './bundle.ts';

/** Most patents in one bundle: every read of a bundle loads each member's ledger record. */
export const BUNDLE_MAX_MEMBERS = 200;
/** Most holder organisations in one bundle: each gets a link item written with the bundle, atomically. */
export const BUNDLE_MAX_HOLDERS = 40;

/** A member as the organiser names it: its holder is looked up in the patent ledger. */
export const BundleMemberInputSchema = z.object({ patentNumber: PatentNumberSchema });

type PricedTerms = Pick<z.infer<typeof BundleInputSchema>, 'royalty' | 'period'>;

/** Every instalment must fall due inside the licence period, as for a declaration. */
function checkInstalmentsInPeriod(terms: PricedTerms, ctx: z.core.$RefinementCtx): void {
  if (terms.royalty.method !== 'instalments') return;
  terms.royalty.schedule.forEach((instalment, i) => {
    if (addMonths(terms.period.start, instalment.dueAfterMonths) > terms.period.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['royalty', 'schedule', i, 'dueAfterMonths'],
        message: '分期付款应在许可期限内到期 / every instalment must fall due within the licence period',
      });
    }
  });
}

/**
 * 专利包 as the organiser fills it in: the terms of `BundleInputSchema` with members named by patent number
 * only. Holders and their consent are not the organiser's to state.
 */
export const BundleDraftInputSchema = z
  .extend(BundleInputSchema, {
    members: z.array(BundleMemberInputSchema).check(
      z.minLength(2, '专利包至少包含 2 件专利 / a bundle needs at least 2 patents'),
      z.maxLength(
        BUNDLE_MAX_MEMBERS,
        `专利包最多包含 ${BUNDLE_MAX_MEMBERS} 件专利 / a bundle holds at most ${BUNDLE_MAX_MEMBERS} patents`,
      ),
      z.refine((members) => new Set(members.map((m) => m.patentNumber)).size === members.length, {
        message: '专利包中的专利不能重复 / a patent appears in the bundle more than once',
      }),
    ),
  })
  .check(
    z.superRefine(checkInstalmentsInPeriod),
    z.superRefine(cleanTextFields({ multiline: ['description', 'royaltyEstimationNote', 'scope'] })),
  );
export type BundleDraftInput = z.infer<typeof BundleDraftInputSchema>;

/** A member as stored: the ledger's holder, and the catalogue's copy of the patent. */
export const BundleMemberRecordSchema = z.object({
  patentNumber: PatentNumberSchema,
  holderOrgId: z.string().check(z.minLength(1)),
  holderName: z.string(),
  title: z.string(),
  patentType: PatentTypeSchema,
  expiryDate: IsoDateSchema,
  ipc: z.array(z.string()),
  industryChains: z.array(z.string()),
  /**
   * The member's own published open-licence declaration, as last seen when the bundle was written; once it
   * is withdrawn the bundle is suspended.
   */
  declarationId: z.optional(z.string()),
});
export type BundleMemberRecord = z.infer<typeof BundleMemberRecordSchema>;

export const HOLDER_DECISIONS = ['pending', 'consented', 'declined'] as const;
export const HolderDecisionSchema = z.enum(HOLDER_DECISIONS);
export type HolderDecision = z.infer<typeof HolderDecisionSchema>;

/** One holder organisation of member patents: it consents (or declines) for all of its patents at once. */
export const BundleHolderSchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  name: z.string(),
  decision: HolderDecisionSchema,
  decidedAt: z.optional(z.string()),
  /** The holder's admin who decided. */
  decidedBy: z.optional(z.string()),
  note: z.optional(z.string()),
  /** The holder confirmed that every co-owner of its co-owned member patents agreed. */
  coOwnersConsented: z.optional(z.boolean()),
});
export type BundleHolder = z.infer<typeof BundleHolderSchema>;

export const BUNDLE_STATUSES = [
  'draft',
  'submitted',
  'published',
  'suspended',
  'rejected',
  'withdrawn',
  'expired',
] as const;
export const BundleStatusSchema = z.enum(BUNDLE_STATUSES);
export type BundleStatus = z.infer<typeof BundleStatusSchema>;

const { members: _members, ...termsShape } = BundleInputSchema.shape;

/** A bundle as stored and read. */
export const BundleRecordSchema = z
  .object({
    ...termsShape,
    /** Stored terms passed the input rules once; a period is re-read as is. */
    period: LicencePeriodSchema,
    id: z.string().check(z.minLength(1)),
    organiserOrgId: z.string().check(z.minLength(1)),
    organiserName: z.string(),
    organiserType: OrgTypeSchema,
    members: z.array(BundleMemberRecordSchema).check(z.minLength(1)),
    holders: z.array(BundleHolderSchema).check(z.minLength(1)),
    status: BundleStatusSchema,
    /** When the bundle entered its current status. */
    statusChangedAt: z.string(),
    /** Why it was rejected, withdrawn or suspended. */
    statusReason: z.optional(z.string()),
    /** Who made the last status change (organiser, office user, holder admin or `system`). */
    statusChangedBy: z.optional(z.string()),
    submittedAt: z.optional(z.string()),
    publishedAt: z.optional(z.string()),
    withdrawnAt: z.optional(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.superRefine(checkInstalmentsInPeriod));
export type BundleRecord = z.infer<typeof BundleRecordSchema>;

/** The member entry for `patent`, held by `holder`. */
export function bundleMemberOf(
  patent: Pick<Patent, 'number' | 'holderOrgId' | 'title' | 'type' | 'expiryDate' | 'ipc' | 'industryChains'>,
  holderName: string,
): BundleMemberRecord {
  return {
    patentNumber: patent.number,
    holderOrgId: patent.holderOrgId,
    holderName,
    title: patent.title,
    patentType: patent.type,
    expiryDate: patent.expiryDate,
    ipc: patent.ipc,
    industryChains: patent.industryChains,
  };
}

/**
 * The holders of `members`, in order of first appearance, keeping the decisions in `previous` (an edit that
 * leaves the terms alone keeps consents; one that changes them passes no `previous`).
 */
function holdersOf(members: BundleMemberRecord[], previous: readonly BundleHolder[] = []): BundleHolder[] {
  const holders: BundleHolder[] = [];
  for (const member of members) {
    if (holders.some((h) => h.orgId === member.holderOrgId)) continue;
    const kept = previous.find((h) => h.orgId === member.holderOrgId);
    holders.push(kept ?? { orgId: member.holderOrgId, name: member.holderName, decision: 'pending' });
  }
  if (holders.length > BUNDLE_MAX_HOLDERS) {
    throw new DomainError(
      'too_many_holders',
      `专利包的成员专利最多来自 ${BUNDLE_MAX_HOLDERS} 家持有机构 / a bundle's patents may come from at most ${BUNDLE_MAX_HOLDERS} holders`,
      422,
      [{ path: 'members', message: `at most ${BUNDLE_MAX_HOLDERS} holders` }],
    );
  }
  return holders;
}

/** Members of `input` in its order, each from `resolved` (by patent number). */
function orderedMembers(
  input: BundleDraftInput,
  resolved: readonly BundleMemberRecord[],
): BundleMemberRecord[] {
  return input.members.map(({ patentNumber }) => {
    const member = resolved.find((m) => m.patentNumber === patentNumber);
    if (!member) throw new Error(`member ${patentNumber} was not resolved`);
    return member;
  });
}

/** JSON with sorted keys and undefined dropped: stored maps come back in any key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type Terms = Pick<BundleDraftInput, 'royalty' | 'royaltyEstimationNote' | 'period' | 'scope' | 'territory'>;

/** What a holder consents to: the members and the declaration-like terms, not the name or the contact. */
const consentedTerms = (terms: Terms, members: readonly { patentNumber: string }[]) =>
  stableJson({
    royalty: terms.royalty,
    royaltyEstimationNote: terms.royaltyEstimationNote,
    period: terms.period,
    scope: terms.scope,
    territory: terms.territory,
    members: members.map((m) => m.patentNumber),
  });

/** A new draft organised by `organiser`; every holder's consent is pending. */
export function newBundle(
  input: BundleDraftInput,
  members: readonly BundleMemberRecord[],
  organiser: Pick<Org, 'id' | 'name' | 'type'>,
  ids: { id: string; at: string },
): BundleRecord {
  const { members: _input, ...terms } = input;
  const ordered = orderedMembers(input, members);
  return {
    ...terms,
    id: ids.id,
    organiserOrgId: organiser.id,
    organiserName: organiser.name,
    organiserType: organiser.type,
    members: ordered,
    holders: holdersOf(ordered),
    status: 'draft',
    statusChangedAt: ids.at,
    createdAt: ids.at,
    updatedAt: ids.at,
    version: 1,
  };
}

/** Statuses in which the organiser may still change the terms. */
export function isBundleEditable(status: BundleStatus): boolean {
  return status === 'draft' || status === 'rejected';
}

/**
 * Replaces the contents of a draft or rejected bundle. When the terms the holders consented to change
 * (members, price, period, scope, territory, estimation note), every consent is void and asked again; a
 * new name, description or contact keeps them. Anything past review is refused with 409: a published
 * bundle is withdrawn and organised again.
 */
export function editBundle(
  bundle: BundleRecord,
  input: BundleDraftInput,
  members: readonly BundleMemberRecord[],
  at: string,
): BundleRecord {
  if (!isBundleEditable(bundle.status)) {
    throw new DomainError(
      'bundle_not_editable',
      '只能修改草稿或被驳回的专利包；已公告的专利包请撤回后重新组建 / only a draft or rejected bundle can be edited; withdraw a published one and organise it again',
      409,
    );
  }
  const termsChanged = consentedTerms(bundle, bundle.members) !== consentedTerms(input, input.members);
  const ordered = orderedMembers(input, members).map((member) => {
    const before = bundle.members.find((m) => m.patentNumber === member.patentNumber);
    return before?.declarationId ? { ...member, declarationId: before.declarationId } : member;
  });
  const { members: _input, ...terms } = input;
  return {
    ...bundle,
    ...terms,
    members: ordered,
    holders: holdersOf(ordered, termsChanged ? [] : bundle.holders),
    updatedAt: at,
    version: bundle.version + 1,
  };
}

/** Organisations that hold member patents, each once. */
export const holderOrgIdsOf = (bundle: Pick<BundleRecord, 'holders'>): string[] =>
  bundle.holders.map((h) => h.orgId);

/** Member patents of `holderOrgId`. */
export const membersHeldBy = (bundle: Pick<BundleRecord, 'members'>, holderOrgId: string) =>
  bundle.members.filter((m) => m.holderOrgId === holderOrgId);
