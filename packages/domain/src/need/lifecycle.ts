import { DomainError } from '../errors.ts';
import { NEED_STATUS_LABELS, type Need, type NeedInput, type NeedStatus } from './need.ts';

export const NEED_ACTIONS = [
  'open',
  'mark_matched',
  'start_negotiation',
  'resume',
  'fulfil',
  'close',
] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];

export const NEED_ACTION_LABELS: Readonly<Record<NeedAction, string>> = {
  open: '发布',
  mark_matched: '标记为已匹配',
  start_negotiation: '开始洽谈',
  resume: '重新开放',
  fulfil: '标记为已解决',
  close: '关闭',
};

/**
 * Where each action may start and where it leads. Two departures from the straight line in DOMAIN.md:
 * `fulfil` is allowed from `open` and `matched` too, because taking an open license needs no negotiation
 * (Patent Law Art 51: written notice plus payment), and `resume` is allowed from `matched`, so a match
 * that turns out wrong does not leave the need stuck.
 */
export const NEED_TRANSITIONS: Readonly<Record<NeedAction, { from: readonly NeedStatus[]; to: NeedStatus }>> =
  {
    open: { from: ['draft'], to: 'open' },
    mark_matched: { from: ['open'], to: 'matched' },
    start_negotiation: { from: ['open', 'matched'], to: 'in_negotiation' },
    resume: { from: ['matched', 'in_negotiation'], to: 'open' },
    fulfil: { from: ['open', 'matched', 'in_negotiation'], to: 'fulfilled' },
    close: { from: ['draft', 'open', 'matched', 'in_negotiation'], to: 'closed' },
  };

const TERMINAL: ReadonlySet<NeedStatus> = new Set(['fulfilled', 'closed']);

const CLOSE_REASON_MIN = 2;
const CLOSE_REASON_MAX = 500;

/** Fulfilled and closed needs are the record of what happened; they are neither edited nor reopened. */
export function isNeedEditable(status: NeedStatus): boolean {
  return !TERMINAL.has(status);
}

/** The actions a need in `status` accepts, in lifecycle order (for buttons in the UI). */
export function availableNeedActions(status: NeedStatus): NeedAction[] {
  return NEED_ACTIONS.filter((action) => NEED_TRANSITIONS[action].from.includes(status));
}

export interface NeedTransitionContext {
  /** ISO timestamp of the change. */
  at: string;
  /** Required for `close`, 2–500 characters; ignored otherwise. */
  reason?: string;
}

/**
 * Applies `action` to `need` and returns the next version. Throws `DomainError('invalid_transition', 409)`
 * when the current status does not accept the action, and `DomainError('close_reason_required', 422)` when
 * a close has no usable reason.
 *
 * @example transitionNeed(need, 'close', { at: now, reason: '已通过其他渠道解决' }).status // 'closed'
 */
export function transitionNeed(need: Need, action: NeedAction, context: NeedTransitionContext): Need {
  const { from, to } = NEED_TRANSITIONS[action];
  if (!from.includes(need.status)) {
    throw new DomainError(
      'invalid_transition',
      `需求当前状态为“${NEED_STATUS_LABELS[need.status]}”，不能${NEED_ACTION_LABELS[action]} / ` +
        `cannot ${action} a need that is ${need.status}`,
      409,
      { status: need.status, action },
    );
  }
  const next: Need = { ...need, status: to, updatedAt: context.at, version: need.version + 1 };
  if (action !== 'close') return next;
  const reason = context.reason?.trim() ?? '';
  if (reason.length < CLOSE_REASON_MIN || reason.length > CLOSE_REASON_MAX) {
    throw new DomainError(
      'close_reason_required',
      `关闭需求须说明理由（${CLOSE_REASON_MIN}–${CLOSE_REASON_MAX} 个字）/ ` +
        `closing a need requires a reason of ${CLOSE_REASON_MIN} to ${CLOSE_REASON_MAX} characters`,
      422,
    );
  }
  return { ...next, closeReason: reason };
}

/**
 * Replaces the fields the enterprise fills in, keeping identity, status and provenance. `clientRef` is the
 * importer's idempotency key, so once set it survives an edit made through a form that does not carry it.
 * Throws `DomainError('need_not_editable', 409)` for a fulfilled or closed need.
 */
export function reviseNeed(need: Need, input: NeedInput, at: string): Need {
  if (!isNeedEditable(need.status)) {
    throw new DomainError(
      'need_not_editable',
      `需求当前状态为“${NEED_STATUS_LABELS[need.status]}”，不能修改 / a need that is ${need.status} cannot be edited`,
      409,
    );
  }
  const clientRef = need.clientRef ?? input.clientRef;
  return {
    ...input,
    ...(clientRef === undefined ? {} : { clientRef }),
    id: need.id,
    ownerOrgId: need.ownerOrgId,
    ...(need.collectedByOrgId === undefined ? {} : { collectedByOrgId: need.collectedByOrgId }),
    ...(need.collectedByUserId === undefined ? {} : { collectedByUserId: need.collectedByUserId }),
    status: need.status,
    createdAt: need.createdAt,
    updatedAt: at,
    version: need.version + 1,
  };
}
