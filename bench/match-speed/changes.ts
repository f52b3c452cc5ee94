/**
 * One listing or need change, old path against new path in the same run: the change itself plus
 * the ranking that follows it (listing → needs after a listing changed, need → listings after a
 * need changed), which is where the old engine paid for its statistics again. Both engines take
 * the same changes in the same order, alternating which goes first, so machine load falls on both
 * alike; the first changes' results are compared: rankings (ids, scores) and explanations. The
 * update alone is timed too: the new engine's statistics are current once it returns, while the old
 * one recounted them in the ranking after it, so only the two together compare the paths.
 */
import type { ListingFeatures, NeedFeatures } from '../../packages/matching/src/index.ts';
import { random } from './corpus.ts';
import type { LegacyEngine } from './legacy-engine.ts';

export interface ChangeTimes {
  /** The change and the ranking that follows it. */
  readonly old: number[];
  readonly new: number[];
  /** The change alone (the index and its statistics brought up to date), out of the times above. */
  readonly update: { readonly old: number[]; readonly new: number[] };
  /** The first (untimed above) change of each: the new path builds its reverse postings there. */
  readonly first: { readonly old: number; readonly new: number };
  /**
   * Timed changes (of the new path) during which one of its text indexes merged (see `TextIndex.merge`):
   * each one's time with the ranking after it. Merges are what a change pays for now and then.
   */
  readonly merged: readonly number[];
  /** Changes whose results were compared; how many had identical rankings (ids and scores), and identical results (with explanations). */
  readonly compared: number;
  readonly sameRanking: number;
  readonly identical: number;
}

/** A ranking without its explanations: which ids, in which order, with which scores. */
function ranking(results: unknown): string {
  return JSON.stringify((results as { id: string; score: number }[]).map(({ id, score }) => [id, score]));
}

const LIMIT = 20;
const WARM_UP = 20;
const COMPARED = 100;

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/**
 * Runs `count` changes through both engines (after a few untimed ones); `make(i)` gives the i-th,
 * `update` applies it and `rank` ranks what changed.
 */
function race<T>(
  engines: { old: LegacyEngine; new: LegacyEngine },
  count: number,
  make: (i: number) => T,
  update: (engine: LegacyEngine, item: T) => void,
  rank: (engine: LegacyEngine, item: T) => unknown,
): ChangeTimes {
  const times = { old: [] as number[], new: [] as number[] };
  const updates = { old: [] as number[], new: [] as number[] };
  const first = { old: 0, new: 0 };
  const merged: number[] = [];
  const mergesOf = (engine: LegacyEngine) =>
    engine.merges === undefined ? 0 : engine.merges.listings + engine.merges.needs;
  let compared = 0;
  let sameRanking = 0;
  let identical = 0;
  for (let i = 0; i < WARM_UP + count; i++) {
    const item = make(i);
    const order = i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    const results: Partial<Record<'old' | 'new', unknown>> = {};
    for (const side of order) {
      const merges = mergesOf(engines[side]);
      const updated = timed(() => update(engines[side], item));
      const ranked = timed(() => rank(engines[side], item));
      results[side] = ranked.result;
      if (i >= WARM_UP) {
        times[side].push(updated.ms + ranked.ms);
        updates[side].push(updated.ms);
        if (side === 'new' && mergesOf(engines[side]) !== merges) merged.push(updated.ms + ranked.ms);
      }
      if (i === 0) first[side] = updated.ms + ranked.ms;
    }
    if (i < COMPARED) {
      compared++;
      if (ranking(results.old) === ranking(results.new)) sameRanking++;
      if (JSON.stringify(results.old) === JSON.stringify(results.new)) identical++;
    }
  }
  return { ...times, update: updates, first, merged, compared, sameRanking, identical };
}

/**
 * A listing takes another listing's title, keywords and abstract (its length changes too);
 * `applied` hears of each changed listing (to rebuild an engine from the outcome).
 */
export function listingChanges(
  engines: { old: LegacyEngine; new: LegacyEngine },
  listings: readonly ListingFeatures[],
  count: number,
  applied: (listing: ListingFeatures) => void = () => {},
): ChangeTimes {
  const rand = random(101);
  const pick = () => listings[Math.floor(rand() * listings.length)]!;
  return race(
    engines,
    count,
    () => {
      const [base, text, abstract] = [pick(), pick(), pick()];
      const listing = { ...base, title: text.title, keywords: text.keywords, abstract: abstract.abstract };
      applied(listing);
      return listing;
    },
    (engine, listing) => engine.upsertListing(listing),
    (engine, listing) => engine.matchListing(listing, { limit: LIMIT }),
  );
}

/** A need takes another need's title and description; `applied` hears of each changed need. */
export function needChanges(
  engines: { old: LegacyEngine; new: LegacyEngine },
  needs: readonly NeedFeatures[],
  count: number,
  applied: (need: NeedFeatures) => void = () => {},
): ChangeTimes {
  const rand = random(202);
  const pick = () => needs[Math.floor(rand() * needs.length)]!;
  return race(
    engines,
    count,
    () => {
      const [base, text] = [pick(), pick()];
      const need = { ...base, title: text.title, description: text.description };
      applied(need);
      return need;
    },
    (engine, need) => engine.upsertNeed(need),
    (engine, need) => engine.matchNeed(need, { limit: LIMIT }),
  );
}
