import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checkChain, type EvidenceEntry, GENESIS_HASH } from './evidence.ts';

const sha = (entry: Omit<EvidenceEntry, 'hash'>) =>
  createHash('sha256').update(canonicalJson(entry)).digest('hex');

function chain(amounts: number[]): EvidenceEntry[] {
  let prevHash = GENESIS_HASH;
  return amounts.map((amountFen, i) => {
    const content = {
      orgId: 'U1',
      kind: 'open_licence' as const,
      subjectId: `L${i + 1}`,
      amountFen,
      actorId: 'user-1',
      summary: `开放许可 ${i + 1}`,
      at: `2026-11-2${i}T02:00:00.000Z`,
      seq: i + 1,
      year: '2026',
      prevHash,
    };
    const entry = { ...content, hash: sha(content) };
    prevHash = entry.hash;
    return entry;
  });
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

describe('evidence chain check', () => {
  it('accepts an intact chain in any order and answers its head', () => {
    const entries = chain([100, 200, 300]);
    expect(checkChain([...entries].reverse(), sha)).toEqual({
      ok: true,
      entries: 3,
      headHash: entries[2]!.hash,
    });
  });

  it('names the first entry whose content was altered', () => {
    const entries = chain([100, 200, 300]);
    entries[1] = { ...entries[1]!, amountFen: 20_000 };
    expect(checkChain(entries, sha)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash_mismatch' });
  });

  it('catches an entry rewritten with a fresh hash: the next one no longer follows it', () => {
    const entries = chain([100, 200, 300]);
    const { hash: _, ...content } = { ...entries[1]!, amountFen: 20_000 };
    entries[1] = { ...content, hash: sha(content) };
    expect(checkChain(entries, sha)).toMatchObject({ ok: false, brokenAt: 3, reason: 'prev_hash_mismatch' });
  });

  it('catches a deleted entry by the gap in the numbering', () => {
    const entries = chain([100, 200, 300]);
    expect(checkChain([entries[0]!, entries[2]!], sha)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'missing_entry',
    });
  });
});
