import {
  type DeclarationRecord,
  type DeclarationStatus,
  type LedgerDeclaration,
  pickLedgerDeclaration,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

/** The declaration a ledger row shows beside its patent. */
export interface PatentDeclarationState {
  id: string;
  status: DeclarationStatus;
}

/**
 * How many of an organisation's declarations of each status a ledger page reads to find its patents' drafts
 * and ended declarations (the newest first). The active one is read by patent and never missed; a draft or
 * ended declaration older than this many of its status shows no state.
 */
const READ_PER_STATUS = {
  draft: 500,
  rejected: 500,
  withdrawn: 200,
  office_withdrawn: 200,
  expired: 200,
} as const;

const asLedger = (record: DeclarationRecord): LedgerDeclaration => ({
  id: record.id,
  status: record.status,
  createdAt: record.createdAt,
});

/**
 * For each of `numbers` in `holderOrgId`'s ledger that has a declaration, the one its row shows
 * (`pickLedgerDeclaration`: the one in review or published, else the newest draft, else the newest that
 * ended), so the ledger offers the step that fits: declare, continue the draft, or open the live one.
 */
export async function ledgerDeclarations(
  deps: AppDeps,
  holderOrgId: string,
  numbers: readonly string[],
): Promise<Record<string, PatentDeclarationState>> {
  if (numbers.length === 0) return {};
  const wanted = new Set(numbers);
  const [active, ...pages] = await Promise.all([
    deps.store.declarations.activeForMany(numbers),
    ...Object.entries(READ_PER_STATUS).map(([status, limit]) =>
      deps.store.declarations.listByOrg(holderOrgId, { status: status as DeclarationStatus, limit }),
    ),
  ]);
  const byNumber = new Map<string, LedgerDeclaration[]>();
  const add = (number: string, record: DeclarationRecord) =>
    byNumber.set(number, [...(byNumber.get(number) ?? []), asLedger(record)]);
  for (const [number, record] of active) add(number, record);
  for (const page of pages)
    for (const record of page.items) if (wanted.has(record.patentNumber)) add(record.patentNumber, record);
  const states: Record<string, PatentDeclarationState> = {};
  for (const [number, declarations] of byNumber) {
    const shown = pickLedgerDeclaration(declarations);
    if (shown) states[number] = { id: shown.id, status: shown.status };
  }
  return states;
}
