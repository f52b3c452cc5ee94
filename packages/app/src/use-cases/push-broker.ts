import {
  type ApproveInput,
  type Authorisation,
  brokerAuthorisation,
  chinaYear,
  DomainError,
  FEEDBACK_KINDS,
  lapsedAuthorisationMessage,
  MONTHS,
  type Principal,
  type Proposal,
  type Push,
  type PushSettings,
  type PushSettingsInput,
  pushBrokerType,
} from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { orgOf } from './acting-principal.ts';
import { chinaToday } from './china-today.ts';
import { findMatchedListing } from './match-views.ts';

const DEFAULT_DEDUPE_DAYS = 180;

const PROPOSAL_NOT_FOUND = () => new DomainError('not_found', '未找到该推荐 / proposal not found', 404);

/** Needs a broker may still push for: published and not yet fulfilled or closed. */
const PUSHABLE_NEED: ReadonlySet<string> = new Set(['open', 'matched', 'in_negotiation']);

/**
 * What must still hold when a broker approves: the need is open, the listing still published (a withdrawn
 * declaration or suspended bundle is not pushed), and the broker still serves the enterprise — it holds a
 * live authorisation from it (a collector whose authorisations were all revoked or ended no longer does).
 * Answers the live authorisation, which the approval's transaction checks again.
 */
async function checkPushable(
  deps: AppDeps,
  brokerOrgId: string,
  proposal: Proposal,
): Promise<Authorisation | undefined> {
  const [need, listing, granted] = await Promise.all([
    deps.store.needs.get(proposal.needId),
    findMatchedListing(deps, proposal.listingId),
    deps.store.authorisations.listByEnterprise(proposal.enterpriseOrgId),
  ]);
  if (!need || !PUSHABLE_NEED.has(need.status))
    throw new DomainError(
      'NEED_NOT_OPEN',
      '该需求已关闭或已解决，不再推送 / the need is closed or fulfilled: nothing is pushed for it',
      409,
    );
  const status = listing?.kind === 'bundle' ? listing.bundle.status : listing?.declaration.status;
  if (status !== 'published')
    throw new DomainError(
      'LISTING_NOT_PUBLISHED',
      '该成果已不在公开目录中（已撤回、到期或暂停），不能推送 / the listing is no longer published',
      409,
    );
  const standing = brokerAuthorisation(
    granted,
    { enterpriseOrgId: proposal.enterpriseOrgId, agentOrgId: brokerOrgId },
    chinaToday(deps.now()),
  );
  if (standing.kind === 'live') return standing.authorisation;
  if (standing.kind === 'lapsed')
    throw new DomainError('authorisation_revoked', lapsedAuthorisationMessage(standing.authorisation), 403);
  if (need.collectedByOrgId !== brokerOrgId)
    throw new DomainError(
      'no_authorisation',
      '未获得该企业的有效授权，不能向其推送 / no live authorisation from this enterprise: it cannot be pushed to',
      403,
    );
  return undefined;
}

/**
 * Approves one of the broker's proposals as a push. The store refuses duplicates (same listing to the same
 * enterprise within the dedupe window, by any broker), a full weekly cap and an unsubscribed enterprise (409).
 */
export async function approveProposal(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: ApproveInput,
): Promise<Push> {
  const brokerOrgId = orgOf(principal);
  const [proposal, broker] = await Promise.all([
    deps.store.proposals.get(brokerOrgId, id),
    deps.store.orgs.get(brokerOrgId),
  ]);
  if (!proposal) throw PROPOSAL_NOT_FOUND();
  const authorisation =
    proposal.status === 'proposed' ? await checkPushable(deps, brokerOrgId, proposal) : undefined;
  return deps.store.pushes.approve({
    proposal,
    ...(authorisation ? { authorisation } : {}),
    brokerUserId: principal.userId,
    brokerName: broker?.name ?? brokerOrgId,
    brokerType: pushBrokerType(broker?.type),
    ...(input.note ? { note: input.note } : {}),
    ...(input.message ? { message: input.message } : {}),
    now: deps.now(),
    dedupeDays: deps.pushDedupeDays ?? DEFAULT_DEDUPE_DAYS,
  });
}

/** Rejects one of the broker's proposals, with its reason on the broker's evidence trail. */
export async function rejectProposal(
  deps: AppDeps,
  principal: Principal,
  id: string,
  reason: string,
): Promise<Proposal> {
  const brokerOrgId = orgOf(principal);
  const proposal = await deps.store.proposals.get(brokerOrgId, id);
  if (!proposal) throw PROPOSAL_NOT_FOUND();
  const now = deps.now();
  return deps.store.proposals.reject(proposal, reason, now, [
    {
      id: deps.newId(),
      orgId: brokerOrgId,
      at: now.toISOString(),
      actorId: principal.userId,
      action: 'proposal.rejected',
      summary: `驳回推荐「${proposal.listingTitle}」→ ${proposal.enterpriseName}：${reason}`,
    },
  ]);
}

export const getPushSettings = (deps: AppDeps, principal: Principal): Promise<PushSettings> =>
  deps.store.pushSettings.get(orgOf(principal));

export function savePushSettings(
  deps: AppDeps,
  principal: Principal,
  input: PushSettingsInput,
  version: number,
): Promise<PushSettings> {
  const now = deps.now();
  const orgId = orgOf(principal);
  return deps.store.pushSettings.put(orgId, input, version, now, [
    {
      id: deps.newId(),
      orgId,
      at: now.toISOString(),
      actorId: principal.userId,
      action: 'push.settings_changed',
      summary: input.autoPush ? `开启自动推送，匹配度阈值 ${input.autoPushThreshold}` : '关闭自动推送',
    },
  ]);
}

/** The China-time year asked for, or this one. */
export const yearOr = (deps: AppDeps, year: number | undefined) => year ?? Number(chinaYear(deps.now()));

/** A broker's pushes approved in `year`, newest first: the quota's evidence. */
export function listBrokerPushes(
  deps: AppDeps,
  orgId: string,
  year: number,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<Push>> {
  return deps.store.pushes.listByBroker(orgId, String(year), {
    limit: options.limit,
    ...(options.cursor ? { cursor: options.cursor } : {}),
  });
}

export interface PushSummary {
  year: number;
  /** Pushes counted toward the quota (distinct pairs delivered), by the month they were delivered. */
  byMonth: { month: string; delivered: number }[];
  /** Counted toward the quota. */
  counted: number;
  /** Every delivery. */
  delivered: number;
  read: number;
  readRate: number;
  feedback: Record<string, number>;
  feedbackRate: number;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

/** The dashboard's figures for `year`, from the broker's counters (no scan of its pushes). */
export async function pushSummary(deps: AppDeps, orgId: string, year: number): Promise<PushSummary> {
  const counter = await deps.store.quotas.get(orgId, String(year));
  const answered = FEEDBACK_KINDS.reduce((sum, kind) => sum + (counter.feedback[kind] ?? 0), 0);
  return {
    year,
    byMonth: MONTHS.map((month) => ({ month, delivered: counter.byMonth[month] ?? 0 })),
    counted: counter.pushes,
    delivered: counter.delivered,
    read: counter.reads,
    readRate: rate(counter.reads, counter.delivered),
    feedback: counter.feedback,
    feedbackRate: rate(answered, counter.delivered),
  };
}
