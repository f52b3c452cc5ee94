import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineLedger } from './define-ledger.ts';
import type { Column } from './types.ts';

const ledgerWith = (columns: Column[], sheetName = '专利台账') =>
  defineLedger({ sheetName, columns, rowSchema: z.object({}) });

describe('defineLedger', () => {
  it('refuses two columns that would match the same header', () => {
    expect(() =>
      ledgerWith([
        { key: 'a', header: '专利号' },
        { key: 'b', header: '号码', aliases: ['专利 号'] },
      ]),
    ).toThrow(/matches both "a" and "b"/);
  });

  it('refuses a key declared twice or nested inside another', () => {
    expect(() =>
      ledgerWith([
        { key: 'a', header: 'A' },
        { key: 'a', header: 'B' },
      ]),
    ).toThrow(/declared twice/);
    expect(() =>
      ledgerWith([
        { key: 'legal', header: 'A' },
        { key: 'legal.fee', header: 'B' },
      ]),
    ).toThrow(/overlap/);
  });

  it('refuses a sheet name Excel cannot use or the instructions sheet takes', () => {
    expect(() => ledgerWith([{ key: 'a', header: 'A' }], '专利/台账')).toThrow(/not usable/);
    expect(() => ledgerWith([{ key: 'a', header: 'A' }], '填写说明')).toThrow(/not usable/);
  });
});
