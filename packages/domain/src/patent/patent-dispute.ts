import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import { cleanTextFields } from '../validation/text.ts';
import { PatentInputSchema } from './patent.ts';

export const PatentDisputeStatusSchema = z.enum(['open', 'resolved']);
export type PatentDisputeStatus = z.infer<typeof PatentDisputeStatusSchema>;

/** Whom the IP office found the patent belongs in the ledger of. */
export const PatentDisputeOutcomeSchema = z.enum(['claimant', 'holder'], {
  error: '请选择裁决结果 / choose the outcome',
});
export type PatentDisputeOutcome = z.infer<typeof PatentDisputeOutcomeSchema>;

/** What a claimant sends: its ledger entry for the patent, why it is its own, and the proof to look at. */
export const PatentDisputeClaimSchema = z
  .object({
    patent: PatentInputSchema,
    statement: z
      .string()
      .check(
        z.trim(),
        z.minLength(
          10,
          '请说明贵单位为何是专利权人（至少 10 个字）/ say why the patent is yours (at least 10 characters)',
        ),
        z.maxLength(2000, '说明不能超过 2000 个字 / the statement is at most 2000 characters'),
      ),
    evidenceRef: z
      .string()
      .check(
        z.trim(),
        z.minLength(
          2,
          '请填写证明材料（如专利证书号、登记簿副本编号）/ name the evidence, e.g. the certificate number',
        ),
        z.maxLength(200, '证明材料不能超过 200 个字 / the evidence reference is at most 200 characters'),
      ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['statement', 'abstract'] })));
export type PatentDisputeClaim = z.infer<typeof PatentDisputeClaimSchema>;

/** The IP office's decision, with its reason, on the dispute as last read. */
export const PatentDisputeResolutionSchema = z
  .object({
    outcome: PatentDisputeOutcomeSchema,
    reason: z
      .string()
      .check(
        z.trim(),
        z.minLength(2, '请填写裁决理由 / a reason is required'),
        z.maxLength(1000, '裁决理由不能超过 1000 个字 / the reason is at most 1000 characters'),
      ),
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['reason'] })));
export type PatentDisputeResolution = z.infer<typeof PatentDisputeResolutionSchema>;

/** A claim on a patent number another organisation holds (权属异议), decided by the IP office. */
export const PatentDisputeSchema = z.object({
  id: z.string(),
  patentNumber: z.string(),
  /** The title in the holder's ledger when the dispute opened, for the queue. */
  patentTitle: z.string(),
  claimantOrgId: z.string(),
  claimantName: z.string(),
  holderOrgId: z.string(),
  holderName: z.string(),
  /** The holder's region code: the IP office of that region decides. */
  holderRegionCode: z.string(),
  /** The claimant's ledger entry, stored in its ledger if the office awards the patent to it. */
  claim: PatentInputSchema,
  statement: z.string(),
  evidenceRef: z.string(),
  status: PatentDisputeStatusSchema,
  outcome: z.optional(PatentDisputeOutcomeSchema),
  reason: z.optional(z.string()),
  resolvedBy: z.optional(z.string()),
  resolvedByOrgId: z.optional(z.string()),
  resolvedAt: z.optional(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().check(z.int(), z.positive()),
});
export type PatentDispute = z.infer<typeof PatentDisputeSchema>;

/** The resolved dispute; refuses one already decided (409). */
export function resolveDispute(
  dispute: PatentDispute,
  decision: PatentDisputeResolution,
  by: { userId: string; orgId: string },
  at: string,
): PatentDispute {
  if (dispute.status !== 'open')
    throw new DomainError(
      'dispute_resolved',
      '该权属异议已裁决 / this dispute has already been decided',
      409,
    );
  if (dispute.version !== decision.version)
    throw new DomainError(
      'stale_version',
      '该权属异议已被他人处理，请刷新后重试 / changed by someone else, reload and retry',
      409,
    );
  return {
    ...dispute,
    status: 'resolved',
    outcome: decision.outcome,
    reason: decision.reason,
    resolvedBy: by.userId,
    resolvedByOrgId: by.orgId,
    resolvedAt: at,
    updatedAt: at,
    version: dispute.version + 1,
  };
}

/** The holder's open-licence declaration of the patent, when one is submitted or published. */
export interface ActiveDeclarationFact {
  id: string;
  status: string;
}

/** A bundle (专利包) holding the patent that is submitted or published. */
export interface ActiveBundleFact {
  id: string;
  name: string;
  status: string;
}

const stateOf = (status: string) => (status === 'published' ? '已公告' : '待审核');

/**
 * Why the patent cannot move to the claimant now, or undefined. While the holder's open-licence
 * declaration, or a bundle holding the patent, is submitted or published, the public relies on it (Patent
 * Law Art 50–51): it is withdrawn first (by the holder, the organiser or the office) before the patent
 * changes ledgers; licences already taken stay valid.
 */
export function awardRefusal(facts: {
  declaration?: ActiveDeclarationFact | undefined;
  bundle?: ActiveBundleFact | undefined;
}): DomainError | undefined {
  const { declaration, bundle } = facts;
  if (declaration) {
    const message = `持有方的开放许可声明${stateOf(declaration.status)}（${declaration.id}），不能裁决归属申请方：请先撤回或撤销该声明；已获得的开放许可不受影响 / the holder's open-licence declaration is ${declaration.status}: withdraw it before awarding the patent to the claimant`;
    return new DomainError('declaration_active', message, 409, [{ path: 'outcome', message }]);
  }
  if (bundle) {
    const message = `该专利在专利包“${bundle.name}”中（${stateOf(bundle.status)}），不能裁决归属申请方：请先撤回该专利包；已获得的开放许可不受影响 / the patent is in the ${bundle.status} bundle ${bundle.name}: withdraw it before awarding the patent to the claimant`;
    return new DomainError('bundle_active', message, 409, [{ path: 'outcome', message }]);
  }
  return undefined;
}

/** One line for the evidence trail of each party. */
export function disputeOpenedSummary(dispute: PatentDispute): string {
  return `${dispute.claimantName} 对专利 ZL${dispute.patentNumber} 提出权属异议（持有方：${dispute.holderName}），待知识产权局裁决；证明材料：${dispute.evidenceRef}`;
}

export function disputeResolvedSummary(dispute: PatentDispute): string {
  const outcome =
    dispute.outcome === 'claimant'
      ? `归属 ${dispute.claimantName}，专利移入其台账，移出 ${dispute.holderName} 台账`
      : `维持由 ${dispute.holderName} 持有`;
  return `知识产权局裁决专利 ZL${dispute.patentNumber} 权属异议：${outcome}；理由：${dispute.reason ?? ''}`;
}
