import { DomainError } from '../errors.ts';
import type { OrgStatus } from './org-types.ts';
import type { Org } from './organisation.ts';

export type ReviewDecision = { kind: 'approve' } | { kind: 'reject'; reason: string };

const NEXT: Record<ReviewDecision['kind'], OrgStatus> = { approve: 'approved', reject: 'rejected' };

/**
 * Applies the IP office's decision to a pending application. Only `pending` can be reviewed:
 * an approved organisation is not silently re-reviewed, and a rejected one must resubmit first.
 */
export function reviewOrg(org: Org, decision: ReviewDecision, reviewerId: string, at: string): Org {
  if (org.status !== 'pending') {
    throw new DomainError(
      'invalid_transition',
      `只能审核待审核的申请，当前状态为 ${org.status} / only pending applications can be reviewed`,
      409,
    );
  }
  const { rejectionReason: _dropped, ...rest } = org;
  return {
    ...rest,
    status: NEXT[decision.kind],
    ...(decision.kind === 'reject' ? { rejectionReason: decision.reason } : {}),
    reviewedAt: at,
    reviewedBy: reviewerId,
    updatedAt: at,
    version: org.version + 1,
  };
}

/** A rejected (or still pending) application may be corrected and goes back into the queue. */
export function resubmitOrg(
  org: Org,
  changes: Pick<Org, 'name' | 'uscc' | 'regionCode' | 'contact'>,
  at: string,
): Org {
  if (org.status === 'approved') {
    throw new DomainError(
      'invalid_transition',
      '已通过审核的机构不能重新提交申请 / an approved organisation cannot resubmit',
      409,
    );
  }
  const { rejectionReason: _r, reviewedAt: _a, reviewedBy: _b, ...rest } = org;
  return { ...rest, ...changes, status: 'pending', updatedAt: at, version: org.version + 1 };
}
