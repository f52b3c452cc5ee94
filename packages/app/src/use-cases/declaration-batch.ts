import type {
  DeclarationBatchInput,
  DeclarationBatchOutcome,
  DeclarationBatchResult,
} from '@openlicense/contract';
import {
  addDays,
  addYears,
  DeclarationInputSchema,
  isoDateInChina,
  ledgerDeclarationStep,
  type Patent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { checkTerms, draftDeclaration, ledgerDeclarations } from './declarations.ts';

/** How many patents of a batch are checked and drafted at once (each is a few reads and one write). */
const AT_ONCE = 8;

/**
 * From `start` for `years`, ending no later than the patent's expiry (a guard refuses what is left too short);
 * a patent already expired keeps the full period, so its guard says it expired.
 */
function periodFor(start: string, years: number, patent: Patent | undefined) {
  const end = addDays(addYears(start, years), -1);
  const expiry = patent?.expiryDate;
  return { start, end: expiry !== undefined && expiry >= start && expiry < end ? expiry : end };
}

/** Terms that do not fit this patent (an instalment falling due after its shorter period), as findings. */
const termsIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((issue) => ({
    code: 'invalid_terms',
    field: issue.path.map(String).join('.'),
    message: issue.message,
    title: '声明条款不适用于该专利',
  }));

/**
 * 开放许可声明 drafts for many of the caller's patents with one set of terms (the ledger's "declare A and B
 * patents" flow). Each patent goes through the single form's path: `checkTerms` runs every guard against it
 * (not in the caller's ledger, not in force, fees unpaid or late, exclusive licence, suspended proceedings,
 * pledge without consent, co-owners, evaluation report, period, one active declaration), and only a patent
 * that passes them all is drafted by `draftDeclaration`; a refused one leaves nothing. A patent whose draft
 * is already open is answered with that draft (`existing`), so a retried batch never drafts twice.
 */
export async function draftDeclarations(
  deps: AppDeps,
  principal: Principal,
  request: DeclarationBatchInput,
): Promise<DeclarationBatchResult> {
  const holder = principal.membership!.orgId;
  const numbers = request.patentNumbers;
  const [states, patents] = await Promise.all([
    ledgerDeclarations(deps, holder, numbers),
    deps.store.patents.getMany(numbers),
  ]);
  const today = isoDateInChina(deps.now());

  async function one(number: string): Promise<DeclarationBatchOutcome> {
    const state = states[number];
    if (state && ledgerDeclarationStep(state.status) === 'continue')
      return { patentNumber: number, outcome: 'existing', declarationId: state.id, errors: [] };
    const stored = patents.get(number);
    const patent = stored?.holderOrgId === holder ? stored : undefined;
    const parsed = DeclarationInputSchema.safeParse({
      ...request.terms,
      patentNumber: number,
      period: periodFor(today, request.years, patent),
      ...(patent?.evaluationReport ? { evaluationReportReference: patent.evaluationReport.reference } : {}),
    });
    if (!parsed.success)
      return { patentNumber: number, outcome: 'refused', errors: termsIssues(parsed.error.issues) };
    const input = parsed.data;
    const guards = await checkTerms(deps, principal, input);
    if (guards.errors.length > 0) return { patentNumber: number, outcome: 'refused', errors: guards.errors };
    const draft = await draftDeclaration(deps, principal, input);
    return { patentNumber: number, outcome: 'drafted', declarationId: draft.id, errors: [] };
  }

  const results: DeclarationBatchOutcome[] = [];
  for (let i = 0; i < numbers.length; i += AT_ONCE)
    results.push(...(await Promise.all(numbers.slice(i, i + AT_ONCE).map(one))));
  return {
    results,
    drafted: results.filter((result) => result.outcome === 'drafted').length,
    refused: results.filter((result) => result.outcome === 'refused').length,
  };
}
