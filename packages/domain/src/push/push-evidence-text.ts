import type { Authorisation } from '../authorisation/authorisation.ts';
import { lapsedAuthorisationMessage } from '../authorisation/broker-authorisation.ts';
import { FEEDBACK_LABELS, type FeedbackKind } from './feedback.ts';
import type { Push } from './push.ts';

/**
 * The words of a push's audit and evidence entries and of its undeliverable reason (Chinese, as users
 * read them on their trail). The store writes them in its transactions; it composes none itself.
 */

type Named = Pick<Push, 'listingTitle' | 'enterpriseName'>;

/** `「listing」→ enterprise`. */
export const describePush = (push: Named) => `「${push.listingTitle}」→ ${push.enterpriseName}`;

export const pushApprovedText = (push: Named & Pick<Push, 'score'>) =>
  `批准推送 ${describePush(push)}（匹配度 ${push.score}）`;

export const pushDeliveredText = (push: Named) => `推送已送达 ${describePush(push)}`;

/** The broker's evidence of a counted delivery. */
export const pushDeliveredEvidenceText = (push: Named & Pick<Push, 'needTitle'>) =>
  `精准推送送达${describePush(push)}${push.needTitle ? `（需求：${push.needTitle}）` : ''}`;

export const pushReadText = (push: Named) => `企业已阅读推送 ${describePush(push)}`;

/** The broker's trail: the enterprise's answer. */
export const pushFeedbackText = (push: Named, kind: FeedbackKind) =>
  `企业反馈「${FEEDBACK_LABELS[kind]}」${describePush(push)}`;

/** The enterprise's own trail: its answer to the broker's push. */
export const pushFeedbackOwnText = (push: Pick<Push, 'listingTitle' | 'brokerName'>, kind: FeedbackKind) =>
  `反馈「${FEEDBACK_LABELS[kind]}」：${push.listingTitle}（${push.brokerName}推送）`;

/** Why an approved push is never delivered, and the trail's words for it. */
export type UndeliverableCause = { kind: 'unsubscribed' } | { kind: 'lapsed'; authorisation?: Authorisation };

export function pushUndeliverableText(
  push: Named,
  cause: UndeliverableCause,
): { reason: string; summary: string } {
  if (cause.kind === 'unsubscribed')
    return {
      reason: '企业已退订精准推送 / the enterprise unsubscribed',
      summary: `推送无法送达（企业已退订）${describePush(push)}`,
    };
  return {
    reason: cause.authorisation
      ? lapsedAuthorisationMessage(cause.authorisation)
      : '委托授权已不存在 / the authorisation no longer exists',
    summary: `推送无法送达（委托授权已撤销或到期）${describePush(push)}`,
  };
}
