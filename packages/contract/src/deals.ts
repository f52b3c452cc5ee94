import { DealStageSchema } from '@openlicense/domain/deal/deal';
import {
  type DealConfirmInputSchema,
  type DealDisputeInputSchema,
  DealRoleSchema,
} from '@openlicense/domain/deal/deal-confirmation';
import {
  type DealInputSchema,
  type DealMoveInputSchema,
  DealSchema,
} from '@openlicense/domain/deal/deal-record';
import { LeadSchema } from '@openlicense/domain/deal/lead';
import * as z from 'zod/mini';

/** Negotiated deals (许可、转让、作价入股、合作开发) and their pipeline: what `/api/deals*` takes and sends. */
export const PartyStandingSchema = z.object({
  orgId: z.string(),
  name: z.string(),
  roles: z.array(DealRoleSchema),
  status: z.enum(['confirmed', 'unconfirmed', 'disputed']),
  at: z.optional(z.string()),
  reason: z.optional(z.string()),
  /** Whether the deal counts for it (it confirmed and the deal is signed). */
  counted: z.boolean(),
});

/**
 * A deal with the stages it may move to next, those the caller's organisation may record (the pipeline's
 * buttons), and each party's standing: who confirmed, who has not, who disputes.
 */
export const DealViewSchema = z.extend(DealSchema, {
  nextStages: z.array(DealStageSchema),
  recordableStages: z.array(DealStageSchema),
  parties: z.array(PartyStandingSchema),
});
/** A push lead as the pipeline shows it: with what was pushed, named (the listing's or bundle's title and patents). */
export const LeadViewSchema = z.extend(LeadSchema, {
  title: z.optional(z.string()).check(z.describe('推送成果的名称 / the pushed listing’s or bundle’s title')),
  patentNumbers: z.array(z.string()).check(z.describe('推送成果的专利号 / its patent numbers')),
});
export const DealPageSchema = z.object({
  items: z.array(DealViewSchema),
  leads: z
    .array(LeadViewSchema)
    .check(z.describe('尚未转为交易、也未取得许可的推送线索 / push leads neither converted nor licensed')),
  nextCursor: z.optional(z.string()),
});

export type DealRecord = z.output<typeof DealSchema>;
export type DealView = z.output<typeof DealViewSchema>;
export type DealPage = z.output<typeof DealPageSchema>;
export type PartyStanding = z.output<typeof PartyStandingSchema>;
export type Lead = z.output<typeof LeadViewSchema>;
export type DealParty = DealRecord['acquirer'];
export type DealStep = DealRecord['history'][number];
export type DealSource = DealRecord['source'];
export type DeclineReason = NonNullable<DealRecord['decline']>;
export type DealInput = z.input<typeof DealInputSchema>;
export type DealMove = z.input<typeof DealMoveInputSchema>;
export type DealConfirm = z.input<typeof DealConfirmInputSchema>;
export type DealDispute = z.input<typeof DealDisputeInputSchema>;
