import { needFeatures } from '../match-index/features.ts';
import type { MatchState } from '../match-index/match-state.ts';
import type { MatchWriter } from '../match-index/match-writer.ts';

/** A job the schedule runs (the shape of `ScheduledJob` in `@openlicense/app/scheduled-handler`). */
export interface MatcherJob {
  name: string;
  run(): Promise<string>;
}

/** Needs recomputed at once: store round trips overlap, the engine itself is synchronous. */
const CONCURRENCY = 8;

/**
 * Nightly: rebuilds the engine from the table (published declarations and bundles, matchable needs), stores
 * its snapshot for cold starts, then recomputes every need's top matches (replacing its stored ones, so pairs
 * that fell out are removed), its proposals and automatic pushes, and clears the matches of needs that are no
 * longer matchable. Repairs anything the stream missed.
 */
export const matchFullRun = (state: MatchState, writer: MatchWriter, now: () => Date): MatcherJob => ({
  name: 'match-full-run',
  async run() {
    const started = performance.now();
    const at = now().toISOString();
    const { contents, bytes } = await state.rebuild();
    const lookups = writer.lookups();
    let matches = 0;
    const queue = [...contents.needs];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let need = queue.shift(); need; need = queue.shift()) {
          const stored = await writer.forNeed(needFeatures(need), at, lookups);
          matches += stored;
        }
      }),
    );
    // Repairs what the stream missed: a closed need keeps no matches.
    for (const needId of contents.unmatchableNeedIds) await writer.clearNeed(needId, lookups);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const listings = contents.declarations.length + contents.bundles.length;
    return `matched ${contents.needs.length} needs against ${listings} listings: ${matches} matches, snapshot ${bytes} bytes, in ${seconds} s`;
  },
});
