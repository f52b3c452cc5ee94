import type { BundleStatus, HolderDecision } from '../api/bundles.ts';
import type { Badge, BadgeTone } from './badge.ts';

const STATUS_TONES: Readonly<Record<BundleStatus, BadgeTone>> = {
  draft: 'muted',
  submitted: 'warn',
  published: 'ok',
  suspended: 'danger',
  rejected: 'danger',
  withdrawn: 'muted',
  expired: 'muted',
};

/** A bundle's status under the server's own names (草稿, 待审核, 已公告, 暂停提供, …). */
export function bundleStatusBadge(status: BundleStatus): Badge {
  return { label: `bundle.status.${status}`, tone: STATUS_TONES[status] };
}

const DECISION_TONES: Readonly<Record<HolderDecision, BadgeTone>> = {
  pending: 'warn',
  consented: 'ok',
  declined: 'danger',
};

/** A holder's answer to the consent request. */
export function holderDecisionBadge(decision: HolderDecision): Badge {
  return { label: `bundle.decision.${decision}`, tone: DECISION_TONES[decision] };
}

/** Whether the bundle is on offer now (published, in its period, every member declarable and consented). */
export function offerBadge(offered: boolean): Badge {
  return offered ? { label: 'bundle.offered', tone: 'ok' } : { label: 'bundle.notOffered', tone: 'muted' };
}

/** Only a draft or rejected bundle may change its members and terms (the server's rule). */
export { isBundleEditable } from '@openlicense/domain/bundle/bundle-record';
