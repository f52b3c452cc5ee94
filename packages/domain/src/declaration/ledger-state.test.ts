import { describe, expect, it } from 'vitest';
import type { DeclarationStatus } from './declaration.ts';
import { ledgerDeclarationStep, pickLedgerDeclaration } from './ledger-state.ts';

const d = (id: string, status: DeclarationStatus, createdAt: string) => ({ id, status, createdAt });

describe('pickLedgerDeclaration', () => {
  it('shows the active declaration before a newer draft, and a draft before a newer ended one', () => {
    expect(
      pickLedgerDeclaration([d('old-draft', 'draft', '2026-03'), d('live', 'published', '2025-01')])?.id,
    ).toBe('live');
    expect(
      pickLedgerDeclaration([d('ended', 'withdrawn', '2026-05'), d('draft', 'rejected', '2026-01')])?.id,
    ).toBe('draft');
    expect(pickLedgerDeclaration([d('a', 'expired', '2024-01'), d('b', 'withdrawn', '2025-01')])?.id).toBe(
      'b',
    );
    expect(pickLedgerDeclaration([])).toBeUndefined();
  });
});

describe('ledgerDeclarationStep', () => {
  it.each([
    [undefined, 'declare'],
    ['withdrawn', 'declare'],
    ['office_withdrawn', 'declare'],
    ['expired', 'declare'],
    ['draft', 'continue'],
    ['rejected', 'continue'],
    ['submitted', 'open'],
    ['published', 'open'],
  ] as const)('offers %s → %s', (status, step) => {
    expect(ledgerDeclarationStep(status)).toBe(step);
  });
});
