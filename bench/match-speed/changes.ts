/**
 * One listing or need change, old path against new path in the same run: the change itself plus
 * the ranking that follows it (listing → needs after a listing changed, need → listings after a
 * need changed), which is where the old engine paid for its statistics again. Both engines take
 * the same changes in the same order, alternating which goes first, so machine load falls on both
 * alike; the first changes' results are compared in full (ids, scores, explanations).
 */
import type { ListingFeatures, NeedFeatures } from '../../packages/matching/src/index.ts';
import { random } from './corpus.ts';
import type { LegacyEngine } from './legacy-engine.ts';

export interface ChangeTimes {
  readonly old: number[];
  readonly new: number[];
  /** The first (untimed above) change of each: the new path builds its reverse postings there. */
  readonly first: { readonly old: number; readonly new: number };
  /** Changes whose rankings were compared, and how many were identical. */
  readonly compared: number;
  readonly identical: number;
}

const LIMIT = 20;
const WARM_UP = 20;
const COMPARED = 100;

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** Runs `count` changes through both engines (after a few untimed ones); `make(i)` gives the i-th. */
function race<T>(
  engines: { old: LegacyEngine; new: LegacyEngine },
  count: number,
  make: (i: number) => T,
  change: (engine: LegacyEngine, item: T) => unknown,
): ChangeTimes {
  const times = { old: [] as number[], new: [] as number[] };
  const first = { old: 0, new: 0 };
  let compared = 0;
  let identical = 0;
  for (let i = 0; i < WARM_UP + count; i++) {
    const item = make(i);
    const order = i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    const results: Partial<Record<'old' | 'new', unknown>> = {};
    for (const side of order) {
      const { ms, result } = timed(() => change(engines[side], item));
      results[side] = result;
      if (i >= WARM_UP) times[side].push(ms);
      if (i === 0) first[side] = ms;
    }
    if (i < COMPARED) {
      compared++;
      if (JSON.stringify(results.old) === JSON.stringify(results.new)) identical++;
    }
  }
  return { ...times, first, compared, identical };
}

/** A listing takes another listing's title, keywords and abstract (its length changes too). */
export function listingChanges(
  engines: { old: LegacyEngine; new: LegacyEngine },
  listings: readonly ListingFeatures[],
  count: number,
): ChangeTimes {
  const rand = random(101);
  const pick = () => listings[Math.floor(rand() * listings.length)]!;
  return race(
    engines,
    count,
    () => {
      const [base, text, abstract] = [pick(), pick(), pick()];
      return { ...base, title: text.title, keywords: text.keywords, abstract: abstract.abstract };
    },
    (engine, listing) => {
      engine.upsertListing(listing);
      return engine.matchListing(listing, { limit: LIMIT });
    },
  );
}

/** A need takes another need's title and description. */
export function needChanges(
  engines: { old: LegacyEngine; new: LegacyEngine },
  needs: readonly NeedFeatures[],
  count: number,
): ChangeTimes {
  const rand = random(202);
  const pick = () => needs[Math.floor(rand() * needs.length)]!;
  return race(
    engines,
    count,
    () => {
      const [base, text] = [pick(), pick()];
      return { ...base, title: text.title, description: text.description };
    },
    (engine, need) => {
      engine.upsertNeed(need);
      return engine.matchNeed(need, { limit: LIMIT });
    },
  );
}
