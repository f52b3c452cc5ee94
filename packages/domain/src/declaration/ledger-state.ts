import type { DeclarationStatus } from './declaration.ts';

/** A declaration as the patent ledger shows it beside its patent. */
export interface LedgerDeclaration {
  id: string;
  status: DeclarationStatus;
  createdAt: string;
}

/** What a ledger row offers: declare the patent, continue its draft, or open its declaration in force. */
export type LedgerDeclarationStep = 'declare' | 'continue' | 'open';

const RANK: Record<DeclarationStatus, number> = {
  submitted: 3,
  published: 3,
  draft: 2,
  rejected: 2,
  withdrawn: 1,
  office_withdrawn: 1,
  expired: 1,
};

/**
 * The declaration a ledger row shows among a patent's declarations: the one in review or published (one at
 * most), else the newest draft or rejected one, else the newest that ended (withdrawn, revoked, expired).
 *
 * @example pickLedgerDeclaration([{ id: 'A', status: 'expired', createdAt: '2024' }, { id: 'B', status: 'draft', createdAt: '2023' }])?.id // 'B'
 */
export function pickLedgerDeclaration<T extends LedgerDeclaration>(
  declarations: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const candidate of declarations) {
    if (
      best === undefined ||
      RANK[candidate.status] > RANK[best.status] ||
      (RANK[candidate.status] === RANK[best.status] && candidate.createdAt > best.createdAt)
    )
      best = candidate;
  }
  return best;
}

/**
 * The one action that fits a patent whose shown declaration is in `status`: none or ended → declare it
 * (again); a draft or rejected one → continue it; in review or published → open it (a second declaration
 * would be refused: one patent, one active declaration).
 */
export function ledgerDeclarationStep(status: DeclarationStatus | undefined): LedgerDeclarationStep {
  if (status === undefined) return 'declare';
  const rank = RANK[status];
  return rank === 3 ? 'open' : rank === 2 ? 'continue' : 'declare';
}
