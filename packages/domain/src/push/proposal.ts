import * as z from 'zod/mini';
import { cleanTextFields } from '../validation/text.ts';
import { ListingKindSchema, MatchExplanationSchema, MatchScoreSchema } from './match-record.ts';

/** A match waiting for one broker's decision; `pushed` and `rejected` are final for that broker. */
export const PROPOSAL_STATUSES = ['proposed', 'pushed', 'rejected'] as const;
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES, {
  error: '状态应为 proposed、pushed 或 rejected / status must be proposed, pushed or rejected',
});
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

export const PROPOSAL_STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  proposed: '待审核',
  pushed: '已推送',
  rejected: '已驳回',
};

/** One proposal per broker × need × listing: its id names the pair (need ids are ULIDs, so no dot inside). */
export const proposalId = (needId: string, listingId: string) => `${needId}.${listingId}`;

/** The need and listing a proposal id names, or undefined for an id that is not one. */
export function parseProposalId(id: string): { needId: string; listingId: string } | undefined {
  const dot = id.indexOf('.');
  if (dot <= 0 || dot === id.length - 1) return undefined;
  return { needId: id.slice(0, dot), listingId: id.slice(dot + 1) };
}

export const ProposalSchema = z.object({
  id: z.string().check(z.minLength(1)),
  brokerOrgId: z.string().check(z.minLength(1)),
  needId: z.string().check(z.minLength(1)),
  listingId: z.string().check(z.minLength(1)),
  listingKind: ListingKindSchema,
  enterpriseOrgId: z.string().check(z.minLength(1)),
  enterpriseName: z.string(),
  needTitle: z.string(),
  listingTitle: z.string(),
  holderName: z.string(),
  score: MatchScoreSchema,
  explanation: MatchExplanationSchema,
  status: ProposalStatusSchema,
  pushId: z.optional(z.string()),
  rejectReason: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().check(z.positive()),
});
export type Proposal = z.infer<typeof ProposalSchema>;

/** What the matcher supplies; the store keeps status, version and the times. */
export type ProposalInput = Omit<
  Proposal,
  'status' | 'version' | 'createdAt' | 'updatedAt' | 'pushId' | 'rejectReason'
>;

export const ApproveInputSchema = z
  .object({
    note: z.optional(
      z
        .string()
        .check(z.trim(), z.maxLength(500, '备注不能超过 500 个字 / note must have at most 500 characters')),
    ),
    message: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, '推送说明不能为空 / message must not be empty'),
          z.maxLength(2000, '推送说明不能超过 2000 个字 / message must have at most 2000 characters'),
        ),
    ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['note', 'message'] })));
export type ApproveInput = z.infer<typeof ApproveInputSchema>;

export const RejectInputSchema = z
  .object({
    reason: z
      .string({ error: '请填写驳回理由 / reason is required' })
      .check(
        z.trim(),
        z.minLength(1, '请填写驳回理由 / reason is required'),
        z.maxLength(500, '驳回理由不能超过 500 个字 / reason must have at most 500 characters'),
      ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['reason'] })));
export type RejectInput = z.infer<typeof RejectInputSchema>;
