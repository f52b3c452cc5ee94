import { DomainError } from '../errors.ts';
import { assertDealMove, assertLicenceEnd, isExclusiveKind } from './deal.ts';
import {
  assertMayAnswer,
  assertMayRecordStep,
  confirmationsAfterChange,
  type DealConfirmation,
  type DealConfirmationStatus,
  isConfirmedBy,
} from './deal-confirmation.ts';
import { type Deal, type DealCount, type DealMoveInput, dealCountsFor } from './deal-record.ts';

/** Who takes a step and when: the user, its organisation, the instant and China's date. */
export interface DealActor {
  userId: string;
  orgId: string;
  at: string;
  today: string;
}

const stale = (deal: Deal) =>
  new DomainError(
    'stale_version',
    `该交易已被他人更新（当前版本 ${deal.version}），请刷新后重试 / the deal changed meanwhile (version ${deal.version})`,
    409,
  );

/** Refuses a write under another version than the deal's (409 `stale_version`). */
export function assertDealVersion(deal: Deal, version: number): void {
  if (version !== deal.version) throw stale(deal);
}

/**
 * The deal moved one stage on (or to declined), under the caller's `version`: the organisation must be one
 * that may record the step, a signed deal's amount is fixed, the stage must follow, an exclusive licence
 * names its end, declining names its reason. Changing the amount resets the parties' answers.
 */
export function movedDeal(deal: Deal, input: DealMoveInput, actor: DealActor): Deal {
  assertDealVersion(deal, input.version);
  assertMayRecordStep(deal, actor.orgId, input.to);
  if (input.amountFen !== undefined && deal.signedAt && input.amountFen !== deal.amountFen)
    throw new DomainError(
      'amount_locked',
      '交易已签约，成交金额不能再修改 / the deal is signed: its amount cannot change',
      409,
    );
  const amountFen = input.amountFen ?? deal.amountFen;
  assertDealMove(deal.stage, input.to, amountFen);
  // Fixed once signed (the patents' ledger records carry it); only exclusive and sole licences have one.
  const licenceEnd =
    deal.signedAt || !isExclusiveKind(deal.kind) ? deal.licenceEnd : (input.licenceEnd ?? deal.licenceEnd);
  assertLicenceEnd(deal.kind, input.to, licenceEnd, actor.today);
  if (input.to === 'declined' && !input.decline)
    throw new DomainError('invalid_input', '请选择未成交原因 / decline is required to decline a deal', 422, [
      { path: 'decline', message: '请选择未成交原因 / decline is required to decline a deal' },
    ]);
  const { at } = actor;
  const numbers = deal.patents.map((p) => p.number);
  return {
    ...deal,
    stage: input.to,
    ...(amountFen !== undefined ? { amountFen } : {}),
    ...(licenceEnd !== undefined ? { licenceEnd } : {}),
    ...(input.to === 'declined' && input.decline ? { decline: input.decline } : {}),
    ...(input.filingNumber ? { filingNumber: input.filingNumber } : {}),
    ...(input.to === 'signed' ? { signedAt: at } : {}),
    history: [
      ...deal.history,
      {
        stage: input.to,
        at,
        by: actor.userId,
        byOrgId: actor.orgId,
        ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
    ],
    confirmations: confirmationsAfterChange(
      deal.confirmations,
      { amountFen: deal.amountFen, patentNumbers: numbers },
      { amountFen, patentNumbers: numbers },
    ),
    updatedAt: at,
    version: deal.version + 1,
  };
}

/**
 * Signing (`moved` is the deal just moved to signed): the parties that already confirmed this amount count
 * now, each once (marked `countedAt`); the others count when they confirm.
 */
export function signingCounts(moved: Deal, at: string): { deal: Deal; counts: DealCount[] } {
  const ready = moved.confirmations
    .filter((c) => !c.countedAt && isConfirmedBy(moved, c.orgId))
    .map((c) => c.orgId);
  const deal: Deal = {
    ...moved,
    confirmations: moved.confirmations.map((c) => (ready.includes(c.orgId) ? { ...c, countedAt: at } : c)),
  };
  return { deal, counts: dealCountsFor(deal, moved.amountFen ?? 0, ready) };
}

/** Whether confirming again would change nothing: confirmed this deal as it is, and counted if it is signed. */
export function alreadyConfirmed(deal: Deal, orgId: string): boolean {
  const own = deal.confirmations.find((c) => c.orgId === orgId);
  return (
    own?.status === 'confirmed' &&
    (own.countedAt !== undefined || !deal.signedAt) &&
    isConfirmedBy(deal, orgId)
  );
}

/**
 * The organisation's answer to a deal naming it (confirmed or disputed, with the reason), under the caller's
 * `version`: it replaces any earlier answer. A confirmation of a signed deal counts the organisation's part
 * now (and only its part), once.
 */
export function answeredDeal(
  deal: Deal,
  answer: { status: DealConfirmationStatus; version: number; reason?: string },
  actor: Omit<DealActor, 'today'>,
): { deal: Deal; roles: DealConfirmation['roles']; counts: DealCount[] } {
  assertDealVersion(deal, answer.version);
  const roles = assertMayAnswer(deal, actor.orgId, answer.status);
  const counting = answer.status === 'confirmed' && deal.signedAt !== undefined;
  const own: DealConfirmation = {
    orgId: actor.orgId,
    roles,
    status: answer.status,
    at: actor.at,
    by: actor.userId,
    ...(deal.amountFen !== undefined ? { amountFen: deal.amountFen } : {}),
    patentNumbers: deal.patents.map((p) => p.number),
    ...(counting ? { countedAt: actor.at } : {}),
    ...(answer.status === 'disputed' && answer.reason !== undefined ? { reason: answer.reason } : {}),
  };
  const next: Deal = {
    ...deal,
    confirmations: [...deal.confirmations.filter((c) => c.orgId !== actor.orgId), own],
    updatedAt: actor.at,
    version: deal.version + 1,
  };
  return {
    deal: next,
    roles,
    counts: counting ? dealCountsFor(next, deal.amountFen ?? 0, [actor.orgId]) : [],
  };
}
