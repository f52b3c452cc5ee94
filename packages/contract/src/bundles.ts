import { BUNDLE_REQUESTED_ACTIONS } from '@openlicense/domain/bundle/bundle-lifecycle';
import {
  type BundleDraftInputSchema,
  BundleRecordSchema,
  HolderDecisionSchema,
} from '@openlicense/domain/bundle/bundle-record';
import * as z from 'zod/mini';
import { GuardIssueSchema, GuardViewSchema } from './declarations.ts';
import { pageOf } from './page.ts';
import { LedgerGradeSchema } from './patents.ts';

/** Bundles and public patent pools (专利包 / 公共专利池): what `/api/bundles*` takes and sends. */

/** Whether the bundle is on offer now and, member by member, what holds it back. */
export const BundleOfferSchema = z.object({
  offered: z.boolean(),
  blockers: z.array(z.object({ patentNumber: z.string(), issues: z.array(GuardIssueSchema) })),
});
export const BundleDetailSchema = z.object({
  bundle: BundleRecordSchema,
  offer: BundleOfferSchema,
  /** The bundle's own terms: promotional wording, a past start, price guidance. */
  terms: GuardViewSchema,
  availableActions: z.array(z.enum(BUNDLE_REQUESTED_ACTIONS)),
  /** Present when the caller's organisation holds member patents. */
  myConsent: z.optional(
    z.object({ holderOrgId: z.string(), decision: HolderDecisionSchema, canDecide: z.boolean() }),
  ),
  /**
   * The member patents' transfer-potential grades (分级分类) by patent number, for the organiser (every
   * member) and a holder (its own members); absent for anyone else. `null`: not graded yet.
   */
  memberGrades: z.optional(z.record(z.string(), z.nullable(LedgerGradeSchema))),
});
export const BundleListItemSchema = z.object({
  bundle: BundleRecordSchema,
  role: z.object({ organiser: z.boolean(), holder: z.boolean() }),
  myDecision: z.optional(HolderDecisionSchema),
  awaitingMyConsent: z.boolean(),
});
export const BundlePageSchema = pageOf(BundleListItemSchema);
export const BundleReviewItemSchema = z.object({
  bundle: BundleRecordSchema,
  offer: BundleOfferSchema,
  terms: GuardViewSchema,
});
export const BundleReviewPageSchema = pageOf(BundleReviewItemSchema);

const Version = z.number().check(z.int(), z.positive());
/** A holder's admin consents or declines for all its member patents. */
export const BundleConsentInputSchema = z.object({
  consent: z.boolean({ error: '请选择同意或拒绝 / consent must be true or false' }),
  note: z.optional(
    z.string().check(z.trim(), z.maxLength(500, '说明不能超过 500 个字 / note is at most 500 characters')),
  ),
  coOwnersConsented: z
    .optional(z.boolean())
    .check(z.describe('共有专利的全部共有人已同意 / every co-owner of my co-owned member patents agreed')),
  version: z
    .optional(Version)
    .check(
      z.describe('所查看的专利包版本；已变化则 409 / the version read; 409 when the bundle changed since'),
    ),
});
export const BundleTransitionInputSchema = z.object({
  action: z.enum(BUNDLE_REQUESTED_ACTIONS, {
    error: '请选择操作：submit、publish、reject 或 withdraw / choose an action',
  }),
  reason: z.optional(
    z.string().check(z.trim(), z.maxLength(500, '理由不能超过 500 个字 / reason is at most 500 characters')),
  ),
  version: Version,
});

export type Bundle = z.output<typeof BundleRecordSchema>;
export type BundleMember = Bundle['members'][number];
export type BundleHolder = Bundle['holders'][number];
export type HolderDecision = z.output<typeof HolderDecisionSchema>;
/** A bundle as the organiser fills it in: members by patent number only; holders come from the ledger. */
export type BundleInput = z.input<typeof BundleDraftInputSchema>;
export type BundleOffer = z.output<typeof BundleOfferSchema>;
export type BundleDetail = z.output<typeof BundleDetailSchema>;
export type BundleListItem = z.output<typeof BundleListItemSchema>;
export type BundleReviewItem = z.output<typeof BundleReviewItemSchema>;
export type ConsentRequest = z.input<typeof BundleConsentInputSchema>;
export type BundleTransition = z.input<typeof BundleTransitionInputSchema>;
