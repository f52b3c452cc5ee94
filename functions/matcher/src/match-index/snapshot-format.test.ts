import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from './snapshot-format.ts';

describe('match snapshot format', () => {
  it('keeps the header and the engine bytes apart', () => {
    const header = {
      builtAt: '2026-11-23T00:00:00.000Z',
      engineVersion: 3,
      listings: [['L1', { kind: 'listing', title: '高镍正极', holderName: '中南大学' }]] as never,
      needs: [['N1', { title: '防摇摆', enterpriseOrgId: 'ENT' }]] as never,
    };
    const decoded = decodeSnapshot(encodeSnapshot(header, new Uint8Array([1, 2, 3])));
    expect(decoded?.header).toEqual(header);
    expect([...(decoded?.engine ?? [])]).toEqual([1, 2, 3]);
  });

  it('refuses bytes that are not such a snapshot', () => {
    expect(decodeSnapshot(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toBeUndefined();
  });
});
