import { readFileSync } from 'node:fs';
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
    new DataView(bytes.buffer).setUint32(4, 3, true);

    expect(() => MatchEngine.load(bytes)).toThrow(SnapshotFormatError);
  });
});
