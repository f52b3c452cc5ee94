/**
 * Match speed at catalogue scale: `npm run bench:match-speed [listings] [needs]`.
 *
 * 100,000 listings and 10,000 needs from the real texts (see corpus.ts). The engine: build, snapshot
 * size and load time, heap, per-need latency of the full ranking (text, IPC with pseudo-relevance
 * feedback, chain, price, deal type, region, explanations of the top 20) and the whole batch of
 * needs; the effect of query-term pruning. FlexSearch (`tokenize: 'strict'`, `suggest: true`) over
 * the same listings and needs in the same run, and MiniSearch (default BM25) on 100 of the needs.
 * Changes, old path against new path in the same run (see changes.ts, legacy-engine.ts): one listing or
 * need change followed by its ranking, and the snapshot's size and load time, each beside the engine as
 * it was before incremental statistics and compressed snapshots (`BASELINE=<commit>` takes the old path
 * from another commit, e.g. the one before a change to the matcher). `CHANGES=n` sets how many (500).
 * Every change figure is printed with the load average, and with the changes that merged a text index.
 * A change is timed with the ranking after it (the old engine recounted its statistics there) and
 * alone; the snapshot loads both in this process and in a process of their own (see load-once.ts).
 * Single-threaded: everything runs on one core.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ListingFeatures, MatchEngine, type NeedFeatures } from '../../packages/matching/src/index.ts';
import { flexSearchPeer, miniSearchPeer } from '../match-quality/peers.ts';
import { type ChangeTimes, listingChanges, needChanges } from './changes.ts';
import { speedCorpus } from './corpus.ts';
import { BASELINE, type LegacyEngine, legacyEngineModule } from './legacy-engine.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LISTINGS = Number(process.argv[2] ?? 100_000);
const NEEDS = Number(process.argv[3] ?? 10_000);
const LIMIT = 20;
const MINISEARCH_QUERIES = 100;
const PRUNING_SAMPLE = 500;
const CHANGES = Number(process.env.CHANGES ?? 500);
const NOW = () => new Date('2026-11-23T00:00:00Z');

/** The machine's load (1, 5, 15 minutes): the figures beside it were measured on a machine this busy. */
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;

function memory(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))]!;
}

/** Runs every query once, timing each; answers the times and the whole batch's wall time. */
function batch<T>(items: readonly T[], run: (item: T) => unknown): { times: number[]; totalMs: number } {
  const times: number[] = [];
  const start = performance.now();
  for (const item of items) {
    const t = performance.now();
    run(item);
    times.push(performance.now() - t);
  }
  return { times, totalMs: performance.now() - start };
}

const needText = (n: NeedFeatures) => `${n.title} ${n.description}`;

const generateStart = performance.now();
const { listings, needs } = speedCorpus(LISTINGS, NEEDS);
const generateMs = performance.now() - generateStart;
const avg = (texts: string[]) => texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
console.log(`node ${process.version}, ${process.arch}, one thread; ${load()}`);
console.log(
  `corpus               ${LISTINGS.toLocaleString()} listings (avg ${avg(listings.map((l) => l.title + (l.abstract ?? ''))).toFixed(0)} chars), ${NEEDS.toLocaleString()} needs (avg ${avg(needs.map(needText)).toFixed(0)} chars), generated in ${s(generateMs)}`,
);

// ---------------------------------------------------------------- engine
const before = memory();
let start = performance.now();
let engine = new MatchEngine({ now: NOW });
for (const l of listings) engine.upsertListing(l);
for (const n of needs) engine.upsertNeed(n);
const buildMs = performance.now() - start;
start = performance.now();
const snapshot = engine.serialise();
const serialiseMs = performance.now() - start;
const engineBytes = memory() - before;
const loadTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const copy = snapshot.slice();
  gc();
  const t = performance.now();
  engine = MatchEngine.load(copy, { now: NOW });
  loadTimes.push(performance.now() - t);
}
console.log(
  `engine build         ${s(buildMs)} (${((buildMs * 1000) / (LISTINGS + NEEDS)).toFixed(0)} µs per listing or need)`,
);
console.log(`engine memory        ${mb(engineBytes)} (heap + array buffers after GC, with its snapshot)`);
console.log(
  `snapshot             ${mb(snapshot.length)}, serialise ${ms(serialiseMs)}, load ${ms(percentile(loadTimes, 0.5))} (median of 3)`,
);

for (const n of needs.slice(0, 200)) engine.matchNeed(n, { limit: LIMIT });
const engineRun = batch(needs, (n) => engine.matchNeed(n, { limit: LIMIT }));
const engineMedian = percentile(engineRun.times, 0.5);
console.log(
  `engine per need      median ${ms(engineMedian)}, p99 ${ms(percentile(engineRun.times, 0.99))}, max ${ms(Math.max(...engineRun.times))} (top ${LIMIT}, full ranking + explanations)`,
);
console.log(`engine batch         ${s(engineRun.totalMs)} for ${NEEDS.toLocaleString()} needs`);
const listingRun = batch(listings.slice(0, 200), (l) => engine.matchListing(l, { limit: LIMIT }));
console.log(
  `engine per listing   median ${ms(percentile(listingRun.times, 0.5))}, p99 ${ms(percentile(listingRun.times, 0.99))} (listing → needs, 200 listings)`,
);

// Pruning: the same needs with every query term kept (in a block: its engine is collected before the
// changes below, whose tail latencies would otherwise pay for marking it).
{
  const sample = needs.slice(0, PRUNING_SAMPLE);
  const unpruned = MatchEngine.load(snapshot.slice(), { now: NOW, maxQueryTerms: 100_000 });
  const prunedResults = sample.map((n) => engine.matchNeed(n, { limit: LIMIT }).map((r) => r.id));
  for (const n of sample.slice(0, 50)) unpruned.matchNeed(n, { limit: LIMIT });
  const unprunedRun = batch(sample, (n) => unpruned.matchNeed(n, { limit: LIMIT }));
  const unprunedResults = sample.map((n) => unpruned.matchNeed(n, { limit: LIMIT }).map((r) => r.id));
  const overlap = (k: number) =>
    sample.reduce((sum, _, i) => {
      const full = new Set(unprunedResults[i]!.slice(0, k));
      return sum + prunedResults[i]!.slice(0, k).filter((id) => full.has(id)).length / Math.max(1, full.size);
    }, 0) / sample.length;
  const top1 =
    sample.filter((_, i) => prunedResults[i]![0] === unprunedResults[i]![0]).length / sample.length;
  console.log(
    `pruning              ${PRUNING_SAMPLE} needs without pruning: median ${ms(percentile(unprunedRun.times, 0.5))}, p99 ${ms(percentile(unprunedRun.times, 0.99))}; pruned top-10 overlap ${(overlap(10) * 100).toFixed(1)} %, top-20 ${(overlap(20) * 100).toFixed(1)} %, same top-1 ${(top1 * 100).toFixed(1)} %`,
  );
}

// ---------------------------------------------------------------- changes: old path vs new path
{
  const legacy = await legacyEngineModule();
  // The old engine reads format 1, which this engine still writes on request; then its own snapshot.
  const old: LegacyEngine = legacy.MatchEngine.load(engine.serialise({ compressed: false }), { now: NOW });
  const oldSnapshot = old.serialise();
  // Loads alternate old and new, so both meet the same machine load: here, beside this process's
  // engines (a large heap to collect), and each in a process of its own, as a cold start loads one.
  const oldLoads: number[] = [];
  const newLoads: number[] = [];
  for (let i = 0; i < 3; i++) {
    for (const side of ['old', 'new'] as const) {
      const copy = (side === 'old' ? oldSnapshot : snapshot).slice();
      gc();
      const t = performance.now();
      // Thrown away: the changes below run on the engines already warmed by the runs above.
      const loaded =
        side === 'old' ? legacy.MatchEngine.load(copy, { now: NOW }) : MatchEngine.load(copy, { now: NOW });
      (side === 'old' ? oldLoads : newLoads).push(performance.now() - t);
      if (loaded.listingCount !== LISTINGS) throw new Error('a loaded engine lost listings');
    }
  }
  const coldLoads = coldStartLoads({ old: oldSnapshot, new: snapshot });
  const newLoad = percentile(newLoads, 0.5);
  const oldLoad = percentile(oldLoads, 0.5);
  const newColdLoad = percentile(coldLoads.new, 0.5);
  console.log(
    `snapshot old → new   ${mb(oldSnapshot.length)} → ${mb(snapshot.length)} (${(oldSnapshot.length / snapshot.length).toFixed(1)}× smaller); load ${ms(oldLoad)} → ${ms(newLoad)} in this process, ${ms(percentile(coldLoads.old, 0.5))} → ${ms(newColdLoad)} in a process of its own (median of 3 each, alternating; old path = commit ${BASELINE.slice(0, 7)})`,
  );
  const engines = { old, new: engine as LegacyEngine };
  const line = (label: string, t: ChangeTimes) => {
    const [om, op, nm, np] = [
      percentile(t.old, 0.5),
      percentile(t.old, 0.99),
      percentile(t.new, 0.5),
      percentile(t.new, 0.99),
    ];
    const update = {
      median: percentile(t.update.new, 0.5),
      p99: percentile(t.update.new, 0.99),
    };
    console.log(
      `${label.padEnd(20)} old median ${ms(om)}, p99 ${ms(op)} → new median ${ms(nm)}, p99 ${ms(np)} (${(om / nm).toFixed(1)}× and ${(op / np).toFixed(1)}× faster; ${t.new.length} changes, each with the ranking after it; same ranking for ${t.sameRanking} of the first ${t.compared}, same explanations too for ${t.identical}; ${load()})`,
    );
    console.log(
      `${''.padEnd(20)} the update alone: old median ${ms(percentile(t.update.old, 0.5))}, p99 ${ms(percentile(t.update.old, 0.99))} → new median ${ms(update.median)}, p99 ${ms(update.p99)}`,
    );
    console.log(
      `${''.padEnd(20)} max old ${ms(Math.max(...t.old))} → new ${ms(Math.max(...t.new))}; first change (untimed above) old ${ms(t.first.old)} → new ${ms(t.first.new)}`,
    );
    console.log(
      `${''.padEnd(20)} ${t.merged.length} of the new path's ${t.new.length} changes merged a text index (${t.merged.length === 0 ? 'none' : `${t.merged.map(ms).join(', ')} with the ranking`}); ${load()}`,
    );
    return { median: nm, p99: np, update, sameRanking: t.sameRanking === t.compared };
  };
  // What the engine holds after the changes, for the rebuild below.
  const finalListings = new Map(listings.map((l) => [l.id, l]));
  const finalNeeds = new Map(needs.map((n) => [n.id, n]));
  const changedListings: string[] = [];
  const changedNeeds: string[] = [];
  const listing = line(
    'listing change',
    listingChanges(engines, listings, CHANGES, (l) => {
      finalListings.set(l.id, l);
      changedListings.push(l.id);
    }),
  );
  const need = line(
    'need change',
    needChanges(engines, needs, CHANGES, (n) => {
      finalNeeds.set(n.id, n);
      changedNeeds.push(n.id);
    }),
  );
  // Merges fold the delta tier in and drop removed documents: at most once per ~a quarter of the
  // index changed (see text-index.ts), never in the changes above. Timed here once, on its own.
  const listingIndex = (engine as unknown as { listingIndex: { merge(): void } }).listingIndex;
  const mergeStart = performance.now();
  listingIndex.merge();
  const mergeMs = performance.now() - mergeStart;
  // The first listing change after a merge turns the merged postings around (once per merge, to
  // know a replaced listing's terms): with the merge, the change that pays for it.
  const afterMerge = performance.now();
  const mergeChange = { ...listings[1]!, title: listings[2]!.title };
  engine.upsertListing(mergeChange);
  finalListings.set(mergeChange.id, mergeChange);
  changedListings.push(mergeChange.id);
  console.log(
    `listing index merge  ${ms(mergeMs)}, then the first update after it ${ms(performance.now() - afterMerge)} (after the changes above; once per ~${(LISTINGS / 4).toLocaleString()} listing changes, so within one change in ${(LISTINGS / 4).toLocaleString()}, never near the p99; ${load()})`,
  );
  const rebuild = sameAsRebuild(engine, [...finalListings.values()], [...finalNeeds.values()], {
    needs: [...new Set([...changedNeeds.slice(-50), ...needs.slice(0, 50).map((n) => n.id)])],
    listings: [...new Set([...changedListings.slice(-50), ...listings.slice(0, 50).map((l) => l.id)])],
  });
  console.log(
    `rebuild check        after the changes and the merge, the same results (ids, scores, explanations) as an engine built afresh from the same listings and needs for ${rebuild.same} of ${rebuild.compared} rankings (the last 50 changed and the first 50 of each side; rebuilt in ${s(rebuild.buildMs)})`,
  );
  const met = (value: number, target: number) => `${value <= target}`;
  console.log(
    `change targets       (${load()}) update alone (index and statistics) median ≤ 10 ms: ${met(Math.max(listing.update.median, need.update.median), 10)}; p99 ≤ 100 ms: ${met(Math.max(listing.update.p99, need.update.p99), 100)}; with the ranking after it median ≤ 10 ms: ${met(Math.max(listing.median, need.median), 10)}; p99 ≤ 100 ms: ${met(Math.max(listing.p99, need.p99), 100)}; same rankings as the old path: ${listing.sameRanking && need.sameRanking}; as a rebuild: ${rebuild.same === rebuild.compared}`,
  );
  console.log(
    `snapshot targets     ≤ 30 MB: ${snapshot.length <= 30 * 2 ** 20}; load ≤ 1 s in a process of its own: ${newColdLoad <= 1000}; in this process: ${newLoad <= 1000}`,
  );
}

/**
 * Builds an engine afresh from `listings` and `needs` and compares the changed engine's results
 * with its own for the named needs (need → listings) and listings (listing → needs).
 */
function sameAsRebuild(
  changed: MatchEngine,
  listings: readonly ListingFeatures[],
  needs: readonly NeedFeatures[],
  sample: { needs: readonly string[]; listings: readonly string[] },
): { compared: number; same: number; buildMs: number } {
  const start = performance.now();
  const rebuilt = new MatchEngine({ now: NOW });
  for (const l of listings) rebuilt.upsertListing(l);
  for (const n of needs) rebuilt.upsertNeed(n);
  const buildMs = performance.now() - start;
  const needOf = new Map(needs.map((n) => [n.id, n]));
  const listingOf = new Map(listings.map((l) => [l.id, l]));
  const pairs = [
    ...sample.needs.map((id) => (e: MatchEngine) => e.matchNeed(needOf.get(id)!, { limit: LIMIT })),
    ...sample.listings.map((id) => (e: MatchEngine) => e.matchListing(listingOf.get(id)!, { limit: LIMIT })),
  ];
  const same = pairs.filter((rank) => JSON.stringify(rank(changed)) === JSON.stringify(rank(rebuilt))).length;
  return { compared: pairs.length, same, buildMs };
}

/** Loads each snapshot in a fresh process (load-once.ts), old and new in turn, three times. */
function coldStartLoads(snapshots: { old: Uint8Array; new: Uint8Array }): { old: number[]; new: number[] } {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dir = `${root}bench/out/match-speed`;
  mkdirSync(dir, { recursive: true });
  const files = { old: `${dir}/old.bin`, new: `${dir}/new.bin` };
  writeFileSync(files.old, snapshots.old);
  writeFileSync(files.new, snapshots.new);
  const times = { old: [] as number[], new: [] as number[] };
  for (let i = 0; i < 3; i++) {
    for (const side of ['old', 'new'] as const) {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', `${root}bench/match-speed/load-once.ts`, side, files[side]],
        { cwd: root, encoding: 'utf8' },
      );
      times[side].push(Number(out.trim()));
    }
  }
  return times;
}

// ---------------------------------------------------------------- peers (SKIP_PEERS=1 leaves them out)
if (process.env.SKIP_PEERS !== '1') peers();

function peers(): void {
  // ---------------------------------------------------------------- FlexSearch
  start = performance.now();
  const flex = flexSearchPeer();
  for (const l of listings) flex.add(l.id, `${l.title} ${l.keywords.join(' ')} ${l.abstract ?? ''}`);
  const flexBuildMs = performance.now() - start;
  for (const n of needs.slice(0, 200)) flex.search(needText(n), LIMIT);
  const flexRun = batch(needs, (n) => flex.search(needText(n), LIMIT));
  const flexMedian = percentile(flexRun.times, 0.5);
  // (Its memory is not reported: measured after the engine's runs in this process, the delta is noise.)
  console.log(`FlexSearch build     ${s(flexBuildMs)}`);
  console.log(
    `FlexSearch per need  median ${ms(flexMedian)}, p99 ${ms(percentile(flexRun.times, 0.99))} (text only, top ${LIMIT}); batch ${s(flexRun.totalMs)}`,
  );

  // ---------------------------------------------------------------- MiniSearch
  start = performance.now();
  const mini = miniSearchPeer();
  for (const l of listings) mini.add(l.id, `${l.title} ${l.keywords.join(' ')} ${l.abstract ?? ''}`);
  mini.search('预热', 1);
  const miniBuildMs = performance.now() - start;
  const miniRun = batch(needs.slice(0, MINISEARCH_QUERIES), (n) => mini.search(needText(n), LIMIT));
  const miniMedian = percentile(miniRun.times, 0.5);
  console.log(`MiniSearch build     ${s(miniBuildMs)}`);
  console.log(
    `MiniSearch per need  median ${ms(miniMedian)}, p99 ${ms(percentile(miniRun.times, 0.99))} (${MINISEARCH_QUERIES} needs, text only)`,
  );

  console.log(
    `ratios               engine is ${(flexMedian / engineMedian).toFixed(1)}× faster than FlexSearch and ${(miniMedian / engineMedian).toFixed(0)}× faster than MiniSearch (median per need)`,
  );
  console.log(
    `targets              median ≤ 5 ms: ${engineMedian <= 5}; ≥ 5× FlexSearch: ${flexMedian / engineMedian >= 5}; batch ≤ 60 s: ${engineRun.totalMs <= 60_000}; load ≤ 1 s: ${percentile(loadTimes, 0.5) <= 1000}`,
  );
}
