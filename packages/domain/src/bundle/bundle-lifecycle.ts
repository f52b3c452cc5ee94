import { DomainError } from '../errors.ts';
import type { BundleRecord, BundleStatus, HolderDecision } from './bundle-record.ts';
import { membersHeldBy } from './bundle-record.ts';

/** 状态名 as shown to users and in error messages. */
export const BUNDLE_STATUS_NAMES: Record<BundleStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已公告',
  suspended: '暂停提供',
  rejected: '已驳回',
  withdrawn: '已撤回',
  expired: '已失效',
};

export type BundleAction = 'submit' | 'publish' | 'reject' | 'withdraw' | 'suspend' | 'restore' | 'expire';

/** The steps a caller may ask for; suspend, restore and expire belong to the system. */
export const BUNDLE_REQUESTED_ACTIONS = [
  'submit',
  'publish',
  'reject',
  'withdraw',
] as const satisfies readonly BundleAction[];

interface Rule {
  from: readonly BundleStatus[];
  to: BundleStatus;
  /** Who takes the action; the access policy enforces it, this table documents it. */
  actor: 'organiser' | 'office' | 'system';
  reasonRequired: boolean;
  zh: string;
  en: string;
}

const RULES: Record<BundleAction, Rule> = {
  submit: {
    from: ['draft', 'rejected'],
    to: 'submitted',
    actor: 'organiser',
    reasonRequired: false,
    zh: '提交',
    en: 'submit',
  },
  publish: {
    from: ['submitted'],
    to: 'published',
    actor: 'office',
    reasonRequired: false,
    zh: '公告',
    en: 'publish',
  },
  reject: {
    from: ['submitted'],
    to: 'rejected',
    actor: 'office',
    reasonRequired: true,
    zh: '驳回',
    en: 'reject',
  },
  withdraw: {
    from: ['draft', 'submitted', 'rejected', 'published', 'suspended'],
    to: 'withdrawn',
    actor: 'organiser',
    reasonRequired: true,
    zh: '撤回',
    en: 'withdraw',
  },
  /** A member can no longer be declared, or its holder withdrew consent. */
  suspend: {
    from: ['published'],
    to: 'suspended',
    actor: 'system',
    reasonRequired: true,
    zh: '暂停',
    en: 'suspend',
  },
  /** Every member can be declared again. */
  restore: {
    from: ['suspended'],
    to: 'published',
    actor: 'system',
    reasonRequired: false,
    zh: '恢复',
    en: 'restore',
  },
  expire: {
    from: ['published', 'suspended'],
    to: 'expired',
    actor: 'system',
    reasonRequired: false,
    zh: '使失效',
    en: 'expire',
  },
};

/** Who takes each action: the organiser, the IP office, or the system (nightly check, a holder's decision). */
export const BUNDLE_ACTION_ACTORS: Record<BundleAction, Rule['actor']> = Object.fromEntries(
  Object.entries(RULES).map(([action, rule]) => [action, rule.actor]),
) as Record<BundleAction, Rule['actor']>;

/**
 * The actions the lifecycle allows from `status`, whoever takes them.
 *
 * @example bundleActionsFrom('published') // ['withdraw', 'suspend', 'expire']
 */
export function bundleActionsFrom(status: BundleStatus): BundleAction[] {
  return (Object.keys(RULES) as BundleAction[]).filter((action) => RULES[action].from.includes(status));
}

export interface BundleTransitionContext {
  actorId: string;
  /** ISO-8601 timestamp of the change. */
  at: string;
  reason?: string;
}

/**
 * Moves a bundle along its lifecycle and returns the new record (version + 1); throws
 * `DomainError('invalid_transition', 409)` when the action is not allowed from the current status and
 * `reason_required` (422) when a rejection, withdrawal or suspension has no reason. Whether the bundle may
 * be offered at all is checked by the caller (`evaluateBundleOffer`) before `submit`, `publish` and `restore`.
 *
 * @example transitionBundle(draft, 'submit', { actorId: 'u1', at: now }).status // 'submitted'
 */
export function transitionBundle(
  bundle: BundleRecord,
  action: BundleAction,
  context: BundleTransitionContext,
): BundleRecord {
  const rule = RULES[action];
  if (!rule.from.includes(bundle.status)) {
    const allowed = rule.from.map((s) => `「${BUNDLE_STATUS_NAMES[s]}」`).join('或');
    throw new DomainError(
      'invalid_transition',
      `当前状态为「${BUNDLE_STATUS_NAMES[bundle.status]}」，不能${rule.zh}，只有${allowed}的专利包可以${rule.zh} / cannot ${rule.en} a bundle that is ${bundle.status}`,
      409,
      { status: bundle.status, action },
    );
  }
  const reason = context.reason?.trim() ?? '';
  if (rule.reasonRequired && reason.length < 2) {
    throw new DomainError(
      'reason_required',
      `请填写${rule.zh}理由 / a reason is required to ${rule.en}`,
      422,
      [{ path: 'reason', message: `a reason is required to ${rule.en}` }],
    );
  }
  const { statusReason: _previous, ...rest } = bundle;
  return {
    ...rest,
    status: rule.to,
    ...(reason.length > 0 ? { statusReason: reason } : {}),
    statusChangedBy: context.actorId,
    statusChangedAt: context.at,
    ...(action === 'submit' ? { submittedAt: context.at } : {}),
    ...(action === 'publish' ? { publishedAt: context.at } : {}),
    ...(action === 'withdraw' ? { withdrawnAt: context.at } : {}),
    updatedAt: context.at,
    version: bundle.version + 1,
  };
}

/** Statuses in which a holder's decision no longer matters: the bundle is over. */
const CLOSED: readonly BundleStatus[] = ['withdrawn', 'expired'];

export interface HolderDecisionContext {
  actorId: string;
  at: string;
  note?: string | undefined;
  coOwnersConsented?: boolean | undefined;
}

/**
 * Records `holderOrgId`'s decision for all of its patents in the bundle (version + 1). A holder may
 * change its mind while the bundle lives; declining a published bundle suspends it, which the caller
 * does with `transitionBundle(…, 'suspend', …)`.
 */
export function decideAsHolder(
  bundle: BundleRecord,
  holderOrgId: string,
  decision: Exclude<HolderDecision, 'pending'>,
  context: HolderDecisionContext,
): BundleRecord {
  if (CLOSED.includes(bundle.status)) {
    throw new DomainError(
      'bundle_closed',
      `专利包已${BUNDLE_STATUS_NAMES[bundle.status]}，不能再同意或拒绝 / the bundle is ${bundle.status}: consent no longer applies`,
      409,
      { status: bundle.status },
    );
  }
  if (!bundle.holders.some((h) => h.orgId === holderOrgId)) {
    throw new DomainError(
      'not_a_holder',
      '本机构不是该专利包成员专利的持有人 / you hold no patent in this bundle',
      403,
    );
  }
  const note = context.note?.trim();
  const holders = bundle.holders.map((holder) => {
    if (holder.orgId !== holderOrgId) return holder;
    const { note: _n, coOwnersConsented: _c, ...kept } = holder;
    return {
      ...kept,
      decision,
      decidedAt: context.at,
      decidedBy: context.actorId,
      ...(note ? { note } : {}),
      ...(context.coOwnersConsented === undefined ? {} : { coOwnersConsented: context.coOwnersConsented }),
    };
  });
  return { ...bundle, holders, updatedAt: context.at, version: bundle.version + 1 };
}

/** True when every holder consented. */
export const allHoldersConsented = (bundle: Pick<BundleRecord, 'holders'>) =>
  bundle.holders.every((h) => h.decision === 'consented');

const subjectOf = (bundle: BundleRecord) =>
  `专利包「${bundle.name}」（${bundle.members.length} 件专利，编号 ${bundle.id}）`;

const SUMMARIES: Record<BundleAction, (subject: string, actor: string, reason: string) => string> = {
  submit: (subject, actor) => `${actor} 提交${subject}，待知识产权局审核`,
  publish: (subject, actor) => `${actor} 审核通过并公告${subject}`,
  reject: (subject, actor, reason) => `${actor} 驳回${subject}，理由：${reason}`,
  withdraw: (subject, actor, reason) => `${actor} 撤回${subject}，理由：${reason}；此前已生效的许可继续有效`,
  suspend: (subject, actor, reason) => `${actor} 暂停提供${subject}：${reason}`,
  restore: (subject, actor) => `${actor} 确认成员专利均可声明，恢复提供${subject}`,
  expire: (subject) => `${subject}许可期限届满，已自动失效`,
};

/**
 * The evidence-trail line for `action`, just applied to `bundle`, readable on its own in an exported report.
 *
 * @example bundleChangeSummary(rejected, 'reject', '李审查员') // '李审查员 驳回专利包「…」（3 件专利，编号 …），理由：…'
 */
export function bundleChangeSummary(bundle: BundleRecord, action: BundleAction, actorName: string): string {
  return SUMMARIES[action](subjectOf(bundle), actorName, bundle.statusReason ?? '');
}

const PAST: Record<BundleAction, string> = {
  submit: 'submitted',
  publish: 'published',
  reject: 'rejected',
  withdraw: 'withdrawn',
  suspend: 'suspended',
  restore: 'restored',
  expire: 'expired',
};

/** The audit action recorded for `action`, e.g. `bundle.published`. */
export const bundleChangeAction = (action: BundleAction) => `bundle.${PAST[action]}`;

/** The evidence-trail line for creating the draft. */
export function bundleCreatedSummary(bundle: BundleRecord, actorName: string): string {
  return `${actorName} 代表${bundle.organiserName}起草${subjectOf(bundle)}，成员专利来自 ${bundle.holders.length} 家持有机构`;
}

/** The evidence-trail line, on the holder's trail, for its decision on its patents in the bundle. */
export function holderDecisionSummary(bundle: BundleRecord, holderOrgId: string, actorName: string): string {
  const holder = bundle.holders.find((h) => h.orgId === holderOrgId);
  const numbers = membersHeldBy(bundle, holderOrgId)
    .map((m) => `ZL${m.patentNumber}`)
    .join('、');
  const verb = holder?.decision === 'consented' ? '同意' : '不同意';
  const note = holder?.note ? `，说明：${holder.note}` : '';
  return `${actorName} 代表${holder?.name ?? holderOrgId}${verb}将其专利 ${numbers} 纳入${bundle.organiserName}组建的${subjectOf(bundle)}${note}`;
}

/** The audit action recorded for a holder's decision. */
export const holderDecisionAction = (decision: Exclude<HolderDecision, 'pending'>) =>
  decision === 'consented' ? 'bundle.consented' : 'bundle.declined';
