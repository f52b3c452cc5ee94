import { createStoreClients } from '@openlicense/store';
import { describe, expect, it } from 'vitest';
import { LEDGER_REPOSITORIES, SPREADSHEET_REPOSITORIES } from './spreadsheet-repositories.ts';
import { createLedgerStore, createSpreadsheetStore } from './spreadsheet-store.ts';

// Building repositories sends nothing: no table is reached.
const clients = createStoreClients({ endpoint: 'http://127.0.0.1:9', region: 'cn-north-1' });

describe.each([
  ['spreadsheets (ledger)', createLedgerStore, LEDGER_REPOSITORIES],
  ['spreadsheet reports', createSpreadsheetStore, SPREADSHEET_REPOSITORIES],
] as const)('the %s function’s store', (_name, create, repositories) => {
  it('builds exactly the repositories its routes use, and the cursor signer', () => {
    // Act
    const store = create(clients, 't', { cursorSecret: 's'.repeat(32) });

    // Assert
    expect(Object.keys(store).sort()).toEqual([...repositories, 'cursors'].sort());
  });

  it('names the repository and the function when a route reaches one it does not build', () => {
    // Prepare
    const store = create(clients, 't');

    // Act / Assert
    expect(() => store.events).toThrow('store.events is not available in the spreadsheets function');
  });
});
