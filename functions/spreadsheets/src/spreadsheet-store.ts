import {
  createAuthorisationRepository,
  createCursorSigner,
  createDealRepository,
  createEvidenceRepository,
  createIdempotencyRepository,
  createImportJobRepository,
  createLicenceRepository,
  createMatchFeedbackRepository,
  createNeedRepository,
  createOrgRepository,
  createPatentGradeRepository,
  createPatentRepository,
  createProposalRepository,
  createPushPreferencesRepository,
  createPushRepository,
  createQuotaRepository,
  createQuotaTargetRepository,
  createUserRepository,
  type PagedStoreContext,
  restrictStoreTo,
  type Store,
  type StoreClients,
} from '@openlicense/store';
import {
  LEDGER_REPOSITORIES,
  type LedgerRepository,
  SPREADSHEET_REPOSITORIES,
  type SpreadsheetRepository,
} from './spreadsheet-repositories.ts';

/** `store` (the full one, or the function's own) as the spreadsheet routes see it: a repository outside `SPREADSHEET_REPOSITORIES` throws, naming it. */
export const restrictSpreadsheetStore = (
  store: Pick<Store, SpreadsheetRepository | 'cursors'> | Store,
): Store => restrictStoreTo('spreadsheets', SPREADSHEET_REPOSITORIES, store);

/** `store` as the ledger routes see it: a repository outside `LEDGER_REPOSITORIES` throws, naming it. */
export const restrictLedgerStore = (store: Pick<Store, LedgerRepository | 'cursors'> | Store): Store =>
  restrictStoreTo('spreadsheets', LEDGER_REPOSITORIES, store);

type StoreOptions = { cursorSecret?: string };

/** The table, its client and its cursor signer, as `createStore` hands them to every repository. */
const storeContext = (
  clients: StoreClients,
  tableName: string,
  options: StoreOptions,
): PagedStoreContext => ({
  doc: clients.doc,
  tableName,
  cursors: createCursorSigner(options.cursorSecret),
});

/** The `LEDGER_REPOSITORIES` over `ctx`, writing evidence through `evidence`. */
const ledgerParts = (
  ctx: PagedStoreContext,
  evidence: Store['evidence'],
): Pick<Store, LedgerRepository | 'cursors'> => ({
  users: createUserRepository(ctx),
  orgs: createOrgRepository(ctx),
  idempotency: createIdempotencyRepository(ctx),
  patents: createPatentRepository(ctx),
  needs: createNeedRepository(ctx),
  authorisations: createAuthorisationRepository(ctx),
  evidence,
  importJobs: createImportJobRepository(ctx),
  patentGrades: createPatentGradeRepository(ctx),
  cursors: ctx.cursors,
});

/**
 * The spreadsheets Lambda's store since the reports have a function of their own: only
 * `LEDGER_REPOSITORIES` (no pushes, quotas, deals or licences). Same arguments as `createStore`.
 */
export function createLedgerStore(
  clients: StoreClients,
  tableName: string,
  options: StoreOptions = {},
): Store {
  const ctx = storeContext(clients, tableName, options);
  return restrictLedgerStore(ledgerParts(ctx, createEvidenceRepository(ctx)));
}

/**
 * The spreadsheet reports Lambda's store: `SPREADSHEET_REPOSITORIES`, not the whole `createStore` (whose events,
 * bundles, declarations, matches… and the domain code they pull would only weigh on its bundle). The pushes
 * repository is built with the collaborators it writes through, which this function never reaches (it only
 * reads a year's pushes for the evidence export). Same arguments as `createStore`.
 */
export function createSpreadsheetStore(
  clients: StoreClients,
  tableName: string,
  options: StoreOptions = {},
): Store {
  const ctx = storeContext(clients, tableName, options);
  const evidence = createEvidenceRepository(ctx);
  const parts: Pick<Store, SpreadsheetRepository | 'cursors'> = {
    ...ledgerParts(ctx, evidence),
    pushes: createPushRepository(ctx, {
      proposals: createProposalRepository(ctx),
      preferences: createPushPreferencesRepository(ctx),
      matchFeedback: createMatchFeedbackRepository(ctx),
      evidence,
    }),
    quotas: createQuotaRepository(ctx),
    quotaTargets: createQuotaTargetRepository(ctx),
    deals: createDealRepository(ctx, { evidence }),
    licences: createLicenceRepository(ctx, { evidence }),
  };
  return restrictSpreadsheetStore(parts);
}
