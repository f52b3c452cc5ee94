import {
  type Action,
  type AnnualFeeReduction,
  annualFeeReduction,
  authorize,
  calculateRoyalty,
  checkDeclarable,
  checkOneActiveDeclaration,
  DECLARATION_GUARD_TITLES,
  DECLARATION_REQUESTED_ACTIONS,
  type DeclarationAction,
  type DeclarationInput,
  type DeclarationRecord,
  type DeclarationStatus,
  DomainError,
  declarationActionsFrom,
  type ExpectedVolumes,
  editDeclaration,
  type Issue,
  isoDateInChina,
  linkHolderPatentee,
  listingSummary,
  newDeclaration,
  type Org,
  type Patent,
  type Principal,
  type RoyaltyEstimate,
  royaltyGuidanceWarnings,
  statusChangeAction,
  statusChangeSummary,
  transition,
} from '@openlicense/domain';
import { type Page, StoreConflictError } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';

/** The ledger's declaration states live beside the declarations' other use-cases. */
export { ledgerDeclarations, type PatentDeclarationState } from './ledger-declarations.ts';

/** An action a caller may ask for through the API; `expire` belongs to the scheduled job alone. */
export type RequestedAction = Exclude<DeclarationAction, 'expire'>;
export const REQUESTED_ACTIONS = DECLARATION_REQUESTED_ACTIONS;

/** Which rule of the access policy each lifecycle action answers to. */
export const POLICY_FOR_ACTION: Record<RequestedAction, Action> = {
  submit: 'declaration.submit',
  withdraw: 'declaration.withdraw',
  revise: 'declaration.write',
  publish: 'declaration.review',
  reject: 'declaration.review',
  office_withdraw: 'declaration.review',
};

/** A guard's finding with the short title the form shows beside the field. */
export interface TitledIssue extends Issue {
  title: string;
}
export interface GuardView {
  errors: TitledIssue[];
  warnings: TitledIssue[];
}

export interface DeclarationDetail {
  declaration: DeclarationRecord;
  /** `checkDeclarable` against the patent as the ledger has it now. */
  guards: GuardView;
  /** The annual-fee effect; absent when the patent is no longer in the ledger. */
  annualFee?: AnnualFeeReduction;
  /** What this caller may do next. */
  availableActions: RequestedAction[];
}

const NOT_IN_LEDGER_TITLE = '专利不在本机构台账中';
const notInLedger = (number: string): Issue => ({
  code: 'patent_not_in_ledger',
  field: 'patentNumber',
  message: `本机构专利台账中没有专利 ZL${number}，请先登记 / ZL${number} is not in your patent ledger: add it first`,
});

const TITLES: Record<string, string> = {
  ...DECLARATION_GUARD_TITLES,
  patent_not_in_ledger: NOT_IN_LEDGER_TITLE,
};
const titled = (issue: Issue): TitledIssue => ({ ...issue, title: TITLES[issue.code] ?? issue.code });
const titledAll = (result: { errors: Issue[]; warnings: Issue[] }): GuardView => ({
  errors: result.errors.map(titled),
  warnings: result.warnings.map(titled),
});

/** Today in China, the day licence periods are counted in. */
const today = (deps: AppDeps) => isoDateInChina(deps.now());

const STALE = () =>
  new DomainError(
    'stale_version',
    '该声明已被他人修改，请刷新后重试 / the declaration changed meanwhile, reload and retry',
    409,
  );

export async function loadDeclaration(deps: AppDeps, id: string): Promise<DeclarationRecord> {
  const record = await deps.store.declarations.get(id);
  if (!record) throw new DomainError('not_found', '未找到该开放许可声明 / declaration not found', 404);
  return record;
}

async function loadOrg(deps: AppDeps, orgId: string): Promise<Org> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  return org;
}

/** The patent as `holder` keeps it, with the holder's own patentee entry linked; undefined if not theirs. */
async function holderPatent(deps: AppDeps, number: string, holder: Org): Promise<Patent | undefined> {
  const patent = await deps.store.patents.get(number);
  if (!patent || patent.holderOrgId !== holder.id) return undefined;
  return linkHolderPatentee(patent, holder.name);
}

const missingPatent = (number: string) =>
  new DomainError('patent_not_found', notInLedger(number).message, 404, { number });

/** 开放许可声明 draft for a patent in the caller's ledger. */
export async function draftDeclaration(
  deps: AppDeps,
  principal: Principal,
  input: DeclarationInput,
): Promise<DeclarationRecord> {
  const holder = await loadOrg(deps, principal.membership!.orgId);
  const patent = await holderPatent(deps, input.patentNumber, holder);
  if (!patent) throw missingPatent(input.patentNumber);
  const declaration = newDeclaration(input, patent, {
    id: deps.newId(),
    holderOrgId: holder.id,
    at: deps.now().toISOString(),
  });
  const record = { ...declaration, listing: listingSummary(patent, holder, declaration.period) };
  await deps.store.declarations.create(record);
  return record;
}

/** New terms for a draft or rejected declaration the editor read at `version`; a published one is refused. */
export async function editDeclarationTerms(
  deps: AppDeps,
  current: DeclarationRecord,
  input: DeclarationInput,
  version: number,
): Promise<DeclarationRecord> {
  if (current.version !== version) throw STALE();
  const holder = await loadOrg(deps, current.holderOrgId);
  const patent = await holderPatent(deps, current.patentNumber, holder);
  if (!patent) throw missingPatent(current.patentNumber);
  const { listing: _previous, ...declaration } = current;
  const next = editDeclaration(declaration, input, patent, deps.now().toISOString());
  const record = { ...next, listing: listingSummary(patent, holder, next.period) };
  await deps.store.declarations.update(record, version);
  return record;
}

/** Live validation of the form: every guard for `input` against the caller's patent, nothing saved. */
export async function checkTerms(
  deps: AppDeps,
  principal: Principal,
  input: DeclarationInput,
): Promise<GuardView> {
  const holder = await loadOrg(deps, principal.membership!.orgId);
  const patent = await holderPatent(deps, input.patentNumber, holder);
  if (!patent)
    return titledAll({
      errors: [notInLedger(input.patentNumber)],
      warnings: royaltyGuidanceWarnings(input.royalty),
    });
  const result = checkDeclarable(patent, input, today(deps));
  const active = await deps.store.declarations.activeFor(input.patentNumber);
  return titledAll({
    errors: [...checkOneActiveDeclaration(input.patentNumber, active), ...result.errors],
    warnings: result.warnings,
  });
}

const notAllowed = (errors: Issue[], verb: 'submit' | 'publish', attempt: number) =>
  new DomainError(
    'declaration_not_allowed',
    `该专利暂不能${verb === 'submit' ? '提交' : '公告'}开放许可声明：${errors.map((issue) => TITLES[issue.code] ?? issue.code).join('、')} / the declaration cannot be ${verb === 'submit' ? 'submitted' : 'published'} yet${attempt > 1 ? `：${errors.map((issue) => issue.message).join('；')}` : ''}`,
    attempt > 1 ? 409 : 422,
    errors.map(titled),
  );

const activeTaken = (patentNumber: string, declarationId: string) =>
  new DomainError(
    'declaration_active',
    `专利 ZL${patentNumber} 已有待审核或已公告的开放许可声明，同一专利同时只能有一份 / this patent already has a submitted or published declaration`,
    409,
    { declarationId },
  );

/**
 * 开放许可声明 drafted and submitted for review in one step ("保存并提交审核" on a new declaration): the
 * one-active-declaration rule and every guard are checked first (409 `declaration_active`, 422
 * `declaration_not_allowed`), then the declaration, its audit entry, the patent's active slot and a condition
 * that the patent is as checked are written in one transaction, so a refusal leaves no stray draft.
 */
export async function draftAndSubmitDeclaration(
  deps: AppDeps,
  principal: Principal,
  input: DeclarationInput,
): Promise<DeclarationRecord> {
  const holder = await loadOrg(deps, principal.membership!.orgId);
  for (let attempt = 1; ; attempt++) {
    const patent = await holderPatent(deps, input.patentNumber, holder);
    if (!patent) throw missingPatent(input.patentNumber);
    const at = deps.now().toISOString();
    const draft = newDeclaration(input, patent, { id: deps.newId(), holderOrgId: holder.id, at });
    // One patent, one active declaration: a patent already declared is refused whatever its terms.
    const active = await deps.store.declarations.activeFor(input.patentNumber);
    if (active) throw activeTaken(input.patentNumber, active.declarationId);
    const errors = checkDeclarable(patent, draft, today(deps)).errors;
    if (errors.length > 0) throw notAllowed(errors, 'submit', attempt);
    const submitted = transition(draft, 'submit', { actorId: principal.userId, at });
    const record: DeclarationRecord = {
      ...submitted,
      patentees: patent.patentees,
      listing: listingSummary(patent, holder, draft.period),
    };
    const audit = {
      id: deps.newId(),
      orgId: holder.id,
      at,
      actorId: principal.userId,
      action: statusChangeAction(record.status),
      summary: statusChangeSummary(record, principal.name),
    };
    try {
      await deps.store.declarations.createSubmitted(record, audit, patent.version);
      return record;
    } catch (error) {
      // The patent moved between the check and the write (an exclusive licence signed meanwhile): check again.
      const changed = error instanceof StoreConflictError && error.code === 'patent_changed';
      if (!changed || attempt >= 3) throw error;
    }
  }
}

/** Once a declaration is past review, its start date lying in the past is expected, not a finding. */
const START_MATTERS: readonly DeclarationStatus[] = ['draft', 'rejected', 'submitted'];

function guardsNow(record: DeclarationRecord, patent: Patent | undefined, day: string): GuardView {
  if (!patent) return { errors: [titled(notInLedger(record.patentNumber))], warnings: [] };
  const result = checkDeclarable(linkHolderPatentee(patent, record.listing.holderName), record, day);
  const errors = START_MATTERS.includes(record.status)
    ? result.errors
    : result.errors.filter((issue) => issue.code !== 'period_start_in_past');
  return titledAll({ errors, warnings: result.warnings });
}

/** The lifecycle actions open from the declaration's status that the access policy lets `principal` take. */
export function availableActions(principal: Principal, record: DeclarationRecord): RequestedAction[] {
  return declarationActionsFrom(record.status)
    .filter((action): action is RequestedAction => action !== 'expire')
    .filter(
      (action) => authorize(principal, POLICY_FOR_ACTION[action], { ownerOrgId: record.holderOrgId }).allow,
    );
}

/** The declaration with what the detail page needs: guards now, the annual-fee effect, next actions. */
export async function declarationDetail(
  deps: AppDeps,
  principal: Principal,
  record: DeclarationRecord,
): Promise<DeclarationDetail> {
  const stored = await deps.store.patents.get(record.patentNumber);
  const patent = stored?.holderOrgId === record.holderOrgId ? stored : undefined;
  return {
    declaration: record,
    guards: guardsNow(record, patent, today(deps)),
    ...(patent ? { annualFee: annualFeeReduction(patent, record.status === 'published') } : {}),
    availableActions: availableActions(principal, record),
  };
}

/**
 * Moves a declaration along its lifecycle for `principal` (already allowed by the policy). Submitting and
 * publishing re-check every guard against the patent as the ledger has it now and refuse with 422
 * `declaration_not_allowed`, listing each failing guard (409 when the patent changed while the change was
 * being written, e.g. an exclusive licence signed at the same time); they also refresh the patentees and the
 * catalogue's copy. The change, its audit entry, the patent's active slot and a condition that the patent is
 * as checked are written together.
 */
export async function changeDeclarationStatus(
  deps: AppDeps,
  principal: Principal,
  current: DeclarationRecord,
  request: { action: RequestedAction; reason?: string | undefined; version: number },
): Promise<DeclarationRecord> {
  if (current.version !== request.version) throw STALE();
  const at = deps.now().toISOString();
  const { listing: _listing, ...declaration } = current;
  const moved = transition(declaration, request.action, {
    actorId: principal.userId,
    at,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  });
  const base: DeclarationRecord = { ...moved, listing: current.listing };
  const checked = request.action === 'submit' || request.action === 'publish';
  const entry = (record: DeclarationRecord) => ({
    id: deps.newId(),
    orgId: current.holderOrgId,
    at,
    actorId: principal.userId,
    action: statusChangeAction(record.status),
    summary: statusChangeSummary(record, principal.name),
  });
  if (!checked) {
    await deps.store.declarations.transition(current, base, entry(base));
    return base;
  }

  const holder = await loadOrg(deps, current.holderOrgId);
  // The patent is locked at the version checked, so a licence signed exclusively meanwhile (Patent Law
  // Art 50/51) cannot commit alongside: when it moved, check it again; refused then, the answer is a 409.
  for (let attempt = 1; ; attempt++) {
    const patent = await holderPatent(deps, current.patentNumber, holder);
    const errors = patent
      ? checkDeclarable(patent, current, today(deps)).errors
      : [notInLedger(current.patentNumber)];
    if (errors.length > 0 || !patent)
      throw notAllowed(errors, request.action === 'submit' ? 'submit' : 'publish', attempt);
    const record: DeclarationRecord = {
      ...base,
      patentees: patent.patentees,
      listing: listingSummary(patent, holder, current.period),
    };
    if (request.action === 'submit') {
      const active = await deps.store.declarations.activeFor(current.patentNumber);
      if (active && active.declarationId !== current.id)
        throw activeTaken(current.patentNumber, active.declarationId);
    }
    try {
      await deps.store.declarations.transition(current, record, entry(record), patent.version);
      return record;
    } catch (error) {
      const changed = error instanceof StoreConflictError && error.code === 'patent_changed';
      if (!changed || attempt >= 3) throw error;
    }
  }
}

/** The IP office's queue: submitted declarations oldest first, each with its holder and guards now. */
export async function reviewQueue(
  deps: AppDeps,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<{ declaration: DeclarationRecord; holderName: string; guards: GuardView }>> {
  const page = await deps.store.declarations.listSubmitted(options);
  const patents = await deps.store.patents.getMany(page.items.map((record) => record.patentNumber));
  const day = today(deps);
  const items = page.items.map((record) => {
    const patent = patents.get(record.patentNumber);
    return {
      declaration: record,
      holderName: record.listing.holderName,
      guards: guardsNow(record, patent?.holderOrgId === record.holderOrgId ? patent : undefined, day),
    };
  });
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}

/** What a licensee would pay under the declaration's terms for its own expected yearly volumes. */
export function royaltyFor(record: DeclarationRecord, expected: ExpectedVolumes): RoyaltyEstimate {
  try {
    return calculateRoyalty(record.royalty, record.period, expected);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new DomainError(
      'amount_out_of_range',
      '估算金额超出可计算范围，请减小预计销售额、利润或数量 / the estimate is too large to compute; use smaller volumes',
      422,
    );
  }
}
