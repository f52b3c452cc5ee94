import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SnapshotFormatError } from '../errors.ts';
import { MatchEngine } from './engine.ts';
import { FORMAT_1_LISTINGS, FORMAT_1_NEEDS } from './format-1-inputs.ts';

const NOW = () => new Date('2026-01-15T02:00:00Z');

function built(): MatchEngine {
  const engine = new MatchEngine({ now: NOW });
  for (const listing of FORMAT_1_LISTINGS) engine.upsertListing(listing);
  for (const need of FORMAT_1_NEEDS) engine.upsertNeed(need);
  return engine;
}

/** Every ranking the engine gives for the fixture's needs and listings. */
function rankings(engine: MatchEngine) {
  return {
    needs: FORMAT_1_NEEDS.map((need) => engine.matchNeed(need, { limit: 10 })),
    listings: FORMAT_1_LISTINGS.map((listing) => engine.matchListing(listing, { limit: 10 })),
  };
}

describe('MatchEngine snapshot formats', () => {
  it('loads a format-1 snapshot written by the engine before compression and ranks exactly as a fresh build', () => {
    // Prepare: bytes written by commit 79e63ae's engine (see format-1-inputs.ts).
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/engine-format-1.bin', import.meta.url)));

    // Act
    const loaded = MatchEngine.load(bytes, { now: NOW });

    // Assess
    expect(loaded.listingCount).toBe(FORMAT_1_LISTINGS.length);
    expect(loaded.needCount).toBe(FORMAT_1_NEEDS.length);
    expect(rankings(loaded)).toEqual(rankings(built()));
    expect(rankings(built()).needs[0]!.length).toBeGreaterThan(0);
  });

  it('loads a format-2 snapshot (listings as rows) written before format 3 and ranks exactly as a fresh build', () => {
    // Prepare: bytes written by commit 6665c85's engine from the same inputs as the format-1 fixture.
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/engine-format-2.bin', import.meta.url)));
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)).toBe(2);

    // Act
    const loaded = MatchEngine.load(bytes, { now: NOW });

    // Assess
    expect(loaded.listingCount).toBe(FORMAT_1_LISTINGS.length);
    expect(rankings(loaded)).toEqual(rankings(built()));
  });

  it('writes format 3, whose listings share their repeated values, and ranks as before after a load and a change', () => {
    const engine = built();
    const bytes = engine.serialise();

    const loaded = MatchEngine.load(bytes, { now: NOW });
    // Listings L2–L8 share region, royalty, period and empty IPC lists in the snapshot; one of them changes.
    const changed = { ...FORMAT_1_LISTINGS[3]!, ipc: ['A01C 7/00'], title: '一种水稻插秧机' };
    loaded.upsertListing(changed);
    engine.upsertListing(changed);

    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)).toBe(3);
    expect(rankings(loaded)).toEqual(rankings(engine));
    expect(loaded.matchNeed(FORMAT_1_NEEDS[0]!, { limit: 10 }).length).toBeGreaterThan(0);
  });

  it('refuses a format-3 snapshot whose listing names a value its table does not hold', () => {
    // Prepare: the header's JSON with one value index out of range, recompressed.
    const bytes = built().serialise();
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const stored = bytes.subarray(16, 16 + view.getUint32(8, true));
    const header = JSON.parse(new TextDecoder().decode(brotliDecompressSync(stored)));
    header.listingValues[0] = header.values.length;
    const json = new TextEncoder().encode(JSON.stringify(header));
    const packed = brotliCompressSync(json);
    const rest = bytes.subarray((16 + stored.length + 7) & ~7);
    const damaged = new Uint8Array(((16 + packed.length + 7) & ~7) + rest.length);
    damaged.set(bytes.subarray(0, 16));
    const damagedView = new DataView(damaged.buffer);
    damagedView.setUint32(8, packed.length, true);
    damagedView.setUint32(12, json.length, true);
    damaged.set(packed, 16);
    damaged.set(rest, (16 + packed.length + 7) & ~7);

    // Act / Assess
    expect(() => MatchEngine.load(damaged)).toThrow(/does not hold/);
  });

  it('refuses a format-3 snapshot whose header is longer or shorter than its preamble says', () => {
    // Prepare: the header's length before compression (bytes 12–15) one more and one less than it is.
    const bytes = built().serialise();
    const stated = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true);
    const claiming = (length: number) => {
      const copy = bytes.slice();
      new DataView(copy.buffer).setUint32(12, length, true);
      return copy;
    };

    // Act / Assess
    expect(() => MatchEngine.load(claiming(stated - 1))).toThrow(SnapshotFormatError);
    expect(() => MatchEngine.load(claiming(stated + 1))).toThrow(SnapshotFormatError);
    expect(MatchEngine.load(claiming(stated), { now: NOW }).listingCount).toBe(FORMAT_1_LISTINGS.length);
  });

  it('writes compressed snapshots that round-trip, and the uncompressed format on request', () => {
    const engine = built();

    const compressed = engine.serialise();
    const uncompressed = engine.serialise({ compressed: false });

    expect(compressed.length).toBeLessThan(uncompressed.length);
    expect(rankings(MatchEngine.load(compressed, { now: NOW }))).toEqual(rankings(engine));
    expect(rankings(MatchEngine.load(uncompressed, { now: NOW }))).toEqual(rankings(engine));
  });

  it('refuses a snapshot of a format it does not know, so the caller rebuilds from the table', () => {
    const bytes = built().serialise().slice();
    new DataView(bytes.buffer).setUint32(4, 4, true);

    expect(() => MatchEngine.load(bytes)).toThrow(SnapshotFormatError);
  });
});
