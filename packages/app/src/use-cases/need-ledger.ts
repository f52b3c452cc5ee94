import {
  type Authorisation,
  createNeed,
  DomainError,
  dateOutOfRange,
  NEED_ACTION_LABELS,
  type Need,
  type NeedAction,
  type NeedInput,
  needDeadlineRange,
  type Principal,
  reviseNeed,
  transitionNeed,
} from '@openlicense/domain';
import type { NeedWriteOptions } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';
import { agentWorkEvidence } from './need-evidence.ts';
import { type NeedView, needView } from './need-view.ts';

const STALE = () =>
  new DomainError(
    'stale_version',
    '该需求已被他人修改，请刷新后重试 / changed by someone else, reload and retry',
    409,
  );

/**
 * A deadline someone types must lie from today (in China) to ten years ahead; an edit may keep the one the
 * need already has, even once it has passed. The schema holds only the upper bound: a stored need's
 * deadline passes, and it must still read.
 */
function assertDeadlineAhead(deps: AppDeps, deadline: string | undefined, kept?: string): void {
  if (deadline === undefined || deadline === kept) return;
  const message = dateOutOfRange(deadline, needDeadlineRange(chinaToday(deps.now())), [
    '截止日期',
    'deadline',
  ]);
  if (message) throw new DomainError('invalid_input', message, 400, [{ path: 'deadline', message }]);
}

/** Evidence and the authorisation check that go with a write an agency or park makes for the enterprise. */
async function agentWrite(
  deps: AppDeps,
  principal: Principal,
  need: Need,
  auth: Authorisation | undefined,
  work: { action: string; what: string; at: string },
): Promise<NeedWriteOptions> {
  if (!auth) return {};
  return {
    audit: await agentWorkEvidence(deps, principal, need, work.action, work.what, work.at),
    authorisation: { enterpriseOrgId: auth.enterpriseOrgId, id: auth.id },
  };
}

/**
 * Enters a new draft need for `ownerOrgId`: the enterprise's own, or one an agency or park collects under
 * `auth`, which records the collector and puts the work on both evidence trails. A `clientRef` already used
 * for this enterprise answers 409 naming the need that has it.
 */
export async function addNeed(
  deps: AppDeps,
  principal: Principal,
  ownerOrgId: string,
  input: NeedInput,
  auth: Authorisation | undefined,
): Promise<NeedView> {
  assertDeadlineAhead(deps, input.deadline);
  const at = deps.now().toISOString();
  const collectedBy = auth ? { orgId: auth.agentOrgId, userId: principal.userId } : undefined;
  const need = createNeed(input, {
    id: deps.newId(),
    ownerOrgId,
    ...(collectedBy ? { collectedBy } : {}),
    at,
  });
  const options = await agentWrite(deps, principal, need, auth, {
    action: 'need.collected',
    what: '登记技术需求',
    at,
  });
  const result = await deps.store.needs.create(need, options);
  if (!result.created)
    throw new DomainError(
      'client_ref_taken',
      `导入编号“${input.clientRef}”已用于需求“${result.existing.title}”，请直接编辑该需求 / ` +
        'this clientRef is already used: edit that need instead',
      409,
      { id: result.existing.id, version: result.existing.version },
    );
  return needView(deps, principal, need, auth !== undefined);
}

/** Replaces the fields if the editor saw the current version; a stale copy gets 409 and changes nothing. */
export async function editNeed(
  deps: AppDeps,
  principal: Principal,
  { need, auth }: { need: Need; auth: Authorisation | undefined },
  input: NeedInput,
  version: number,
): Promise<NeedView> {
  if (need.version !== version) throw STALE();
  assertDeadlineAhead(deps, input.deadline, need.deadline);
  const at = deps.now().toISOString();
  const next = reviseNeed(need, input, at);
  const options = await agentWrite(deps, principal, next, auth, {
    action: 'need.edited',
    what: '修改技术需求',
    at,
  });
  await deps.store.needs.update(need, next, options);
  return needView(deps, principal, next, auth !== undefined);
}

/** Moves the need through its lifecycle; an action its status does not accept is 409. */
export async function moveNeed(
  deps: AppDeps,
  principal: Principal,
  { need, auth }: { need: Need; auth: Authorisation | undefined },
  change: { action: NeedAction; reason?: string | undefined; version: number },
): Promise<NeedView> {
  if (need.version !== change.version) throw STALE();
  const at = deps.now().toISOString();
  const next = transitionNeed(need, change.action, {
    at,
    ...(change.reason ? { reason: change.reason } : {}),
  });
  const what = `${NEED_ACTION_LABELS[change.action]}技术需求`;
  const options = await agentWrite(deps, principal, next, auth, {
    action: `need.${change.action}`,
    what,
    at,
  });
  await deps.store.needs.update(need, next, options);
  return needView(deps, principal, next, auth !== undefined);
}
