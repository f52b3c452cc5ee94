import { DomainError } from '../errors.ts';
import { type Patent, patentInForce } from '../patent/patent.ts';
import type { Declaration, DeclarationStatus } from './declaration.ts';

/** 状态名 as shown to users and in error messages. */
export const DECLARATION_STATUS_NAMES: Record<DeclarationStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已公告',
  withdrawn: '已撤回',
  office_withdrawn: '已被撤销',
  expired: '已失效',
  rejected: '已驳回',
};

export type DeclarationAction =
  | 'submit'
  | 'publish'
  | 'reject'
  | 'withdraw'
  | 'office_withdraw'
  | 'expire'
  | 'revise';

/** The steps a caller may ask for (through the API); `expire` is the scheduled job's alone. */
export const DECLARATION_REQUESTED_ACTIONS = [
  'submit',
  'publish',
  'reject',
  'withdraw',
  'office_withdraw',
  'revise',
] as const satisfies readonly Exclude<DeclarationAction, 'expire'>[];

interface Rule {
  from: DeclarationStatus;
  to: DeclarationStatus;
  /** Who may take the action; the access policy enforces it, this table documents it. */
  actor: 'holder' | 'office' | 'system';
  reasonRequired: boolean;
  zh: string;
  en: string;
}

const RULES: Record<DeclarationAction, Rule> = {
  submit: {
    from: 'draft',
    to: 'submitted',
    actor: 'holder',
    reasonRequired: false,
    zh: '提交',
    en: 'submit',
  },
  publish: {
    from: 'submitted',
    to: 'published',
    actor: 'office',
    reasonRequired: false,
    zh: '公告',
    en: 'publish',
  },
  reject: {
    from: 'submitted',
    to: 'rejected',
    actor: 'office',
    reasonRequired: true,
    zh: '驳回',
    en: 'reject',
  },
  withdraw: {
    from: 'published',
    to: 'withdrawn',
    actor: 'holder',
    reasonRequired: true,
    zh: '撤回',
    en: 'withdraw',
  },
  office_withdraw: {
    from: 'published',
    to: 'office_withdrawn',
    actor: 'office',
    reasonRequired: true,
    zh: '撤销',
    en: 'withdraw (office)',
  },
  expire: {
    from: 'published',
    to: 'expired',
    actor: 'system',
    reasonRequired: false,
    zh: '使失效',
    en: 'expire',
  },
  revise: {
    from: 'rejected',
    to: 'draft',
    actor: 'holder',
    reasonRequired: false,
    zh: '退回修改',
    en: 'revise',
  },
};

/** Who takes each action: the holder, the IP office, or the system's daily sweep. */
export const DECLARATION_ACTION_ACTORS: Record<DeclarationAction, Rule['actor']> = Object.fromEntries(
  Object.entries(RULES).map(([action, rule]) => [action, rule.actor]),
) as Record<DeclarationAction, Rule['actor']>;

/** Whether each action needs a reason (rejection and both withdrawals do). */
export const DECLARATION_REASON_REQUIRED: Record<DeclarationAction, boolean> = Object.fromEntries(
  Object.entries(RULES).map(([action, rule]) => [action, rule.reasonRequired]),
) as Record<DeclarationAction, boolean>;

/**
 * The actions the lifecycle allows from `status`, whoever takes them; the access policy then decides
 * which of them a given caller may take.
 *
 * @example declarationActionsFrom('published') // ['withdraw', 'office_withdraw', 'expire']
 */
export function declarationActionsFrom(status: DeclarationStatus): DeclarationAction[] {
  return (Object.keys(RULES) as DeclarationAction[]).filter((action) => RULES[action].from === status);
}

/** Shown when a holder withdraws: withdrawal ends new licences only (Patent Law Art 50). */
export const WITHDRAWAL_NOTE =
  '撤回自公告之日起生效，此前已生效的开放许可继续有效 / withdrawal takes effect when published; licences already granted stay valid';

export interface TransitionContext {
  actorId: string;
  /** ISO-8601 timestamp of the change. */
  at: string;
  reason?: string;
}

/** Statuses in which the terms, the price above all, may still change. */
export function isPriceEditable(status: DeclarationStatus): boolean {
  return status === 'draft' || status === 'rejected';
}

/**
 * Moves a declaration along its lifecycle and returns the new record (version + 1); throws
 * `DomainError('invalid_transition', 409)` when the action is not allowed from the current status, and
 * `reason_required` (422) when a rejection or withdrawal has no reason. Whether the patent may be declared
 * at all is checked by the caller with `checkDeclarable` before `submit` and `publish`.
 *
 * @example transition(draft, 'submit', { actorId: 'u1', at: now }).status // 'submitted'
 */
export function transition(
  declaration: Declaration,
  action: DeclarationAction,
  context: TransitionContext,
): Declaration {
  const rule = RULES[action];
  if (declaration.status !== rule.from) {
    const current = DECLARATION_STATUS_NAMES[declaration.status];
    throw new DomainError(
      'invalid_transition',
      `当前状态为「${current}」，不能${rule.zh}，只有「${DECLARATION_STATUS_NAMES[rule.from]}」的声明可以${rule.zh} / cannot ${rule.en} a declaration that is ${declaration.status}`,
      409,
      { status: declaration.status, action },
    );
  }
  const reason = context.reason?.trim() ?? '';
  if (rule.reasonRequired && reason.length < 2) {
    throw new DomainError(
      'reason_required',
      `请填写${rule.zh}理由 / a reason is required to ${rule.en}`,
      422,
    );
  }

  const { statusReason: previousReason, ...rest } = declaration;
  // A rejection reason stays visible while the holder revises the draft; submitting again clears it.
  const keptReason = action === 'revise' ? previousReason : undefined;
  const statusReason = reason.length > 0 ? reason : keptReason;
  return {
    ...rest,
    status: rule.to,
    ...(statusReason === undefined ? {} : { statusReason }),
    statusChangedBy: context.actorId,
    ...(action === 'submit' ? { submittedAt: context.at } : {}),
    ...(action === 'publish' ? { publishedAt: context.at } : {}),
    ...(action === 'withdraw' || action === 'office_withdraw' ? { withdrawnAt: context.at } : {}),
    updatedAt: context.at,
    version: declaration.version + 1,
  };
}

/**
 * A published declaration lapses once its licence period has ended or the patent is no longer in force
 * (expired, lapsed for fees, invalidated).
 */
export function shouldExpire(
  declaration: Pick<Declaration, 'status' | 'period'>,
  patent: Pick<Patent, 'grantDate' | 'expiryDate' | 'legal'>,
  today: string,
): boolean {
  if (declaration.status !== 'published') return false;
  return declaration.period.end < today || !patentInForce(patent, today).inForce;
}
