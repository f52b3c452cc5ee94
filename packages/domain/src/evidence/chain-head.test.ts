import { describe, expect, it } from 'vitest';
import { checkChainHead } from './chain-head.ts';

describe('checkChainHead', () => {
  const intact = { ok: true, entries: 3, headHash: 'h3' } as const;

  it('keeps an intact chain whose head agrees', () => {
    expect(checkChainHead(intact, 3, 'h3')).toBe(intact);
  });

  it('reports the last entries missing when the stored head counts more', () => {
    expect(checkChainHead(intact, 5, 'h5')).toEqual({
      ok: false,
      entries: 3,
      brokenAt: 4,
      reason: 'missing_entry',
      message:
        "证据链末尾的条目缺失（应有 5 条，现有 3 条）/ the chain's last entries are missing (5 recorded, 3 found)",
    });
  });

  it('passes a broken chain through unchanged', () => {
    const broken = { ok: false, entries: 2, brokenAt: 2, reason: 'hash_mismatch', message: 'x' } as const;
    expect(checkChainHead(broken, 9, 'h9')).toBe(broken);
  });
});
