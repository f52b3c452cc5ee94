/**
 * A small driver for profiling one change followed by its ranking, without the rest of the benchmark:
 * `node --import tsx --cpu-prof bench/match-speed/profile-changes.ts [listings] [needs] [changes]`.
 * The engine is built once per size and its snapshot kept in bench/out/ (ignored), so a rerun loads it.
 * `ONLY=listing|need` runs one side. Prints the collections during the changes (count, total, longest
 * by kind: 1 scavenge, 4 mark-compact), the slowest changes, and the median and p99 of a listing change
 * + listing → needs and of a need change + need → listings, with the load average.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MatchEngine } from '../../packages/matching/src/index.ts';
import { random, speedCorpus } from './corpus.ts';

const LISTINGS = Number(process.argv[2] ?? 20_000);
const NEEDS = Number(process.argv[3] ?? 1_000);
const CHANGES = Number(process.argv[4] ?? 300);
const NOW = () => new Date('2026-11-23T00:00:00Z');
const LIMIT = 20;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))] ?? Number.NaN;
};

const { listings, needs } = speedCorpus(LISTINGS, NEEDS);
const dir = fileURLToPath(new URL('../../bench/out/match-speed/', import.meta.url));
const file = `${dir}profile-${LISTINGS}-${NEEDS}.bin`;
let engine: MatchEngine;
if (existsSync(file)) {
  engine = MatchEngine.load(new Uint8Array(readFileSync(file)), { now: NOW });
} else {
  engine = new MatchEngine({ now: NOW });
  for (const l of listings) engine.upsertListing(l);
  for (const n of needs) engine.upsertNeed(n);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, engine.serialise());
}
// As in the benchmark, every need ranked once first (its query prepared, listings' costs cached).
for (const n of needs) engine.matchNeed(n, { limit: LIMIT });
for (const l of listings.slice(0, 50)) engine.matchListing(l, { limit: LIMIT });

const rand = random(101);
const pickListing = () => listings[Math.floor(rand() * listings.length)]!;
const pickNeed = () => needs[Math.floor(rand() * needs.length)]!;
const listingTimes: number[] = [];
const needTimes: number[] = [];
const ONLY = process.env.ONLY;
// Garbage collections while the changes run: how many, how long, the longest.
const collections: { start: number; ms: number; kind: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    collections.push({
      start: entry.startTime,
      ms: entry.duration,
      kind: (entry as unknown as { detail: { kind: number } }).detail.kind,
    });
  }
});
observer.observe({ entryTypes: ['gc'] });
const phaseStart = performance.now();
for (let i = 0; i < (ONLY === 'need' ? 0 : CHANGES); i++) {
  const [base, text, abstract] = [pickListing(), pickListing(), pickListing()];
  const listing = { ...base, title: text.title, keywords: text.keywords, abstract: abstract.abstract };
  const t = performance.now();
  engine.upsertListing(listing);
  engine.matchListing(listing, { limit: LIMIT });
  listingTimes.push(performance.now() - t);
}
for (let i = 0; i < (ONLY === 'listing' ? 0 : CHANGES); i++) {
  const [base, text] = [pickNeed(), pickNeed()];
  const need = { ...base, title: text.title, description: text.description };
  const t = performance.now();
  const merges = engine.merges.needs;
  engine.upsertNeed(need);
  if (engine.merges.needs !== merges) console.log(`need merge at #${i}`);
  engine.matchNeed(need, { limit: LIMIT });
  needTimes.push(performance.now() - t);
}
const f = (v: number) => `${v.toFixed(2)} ms`;
await new Promise((resolve) => setTimeout(resolve, 10));
observer.disconnect();
const during = collections.filter((c) => c.start >= phaseStart);
const gcKinds = new Map<number, number[]>();
for (const c of during) gcKinds.set(c.kind, [...(gcKinds.get(c.kind) ?? []), c.ms]);
console.log(
  `collections during the changes (${f(performance.now() - phaseStart)}): ${[...gcKinds]
    .map(
      ([kind, times]) =>
        `kind ${kind}: ${times.length}, total ${f(times.reduce((a, b) => a + b, 0))}, max ${f(Math.max(...times))}`,
    )
    .join('; ')}`,
);
const slowest = (times: number[]) =>
  times
    .map((t, i) => [t, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 6)
    .map(([t, i]) => `#${i} ${f(t)}`)
    .join(', ');
console.log(`slowest listing changes ${slowest(listingTimes)}; need changes ${slowest(needTimes)}`);
console.log(
  `listing change + ranking median ${f(percentile(listingTimes, 0.5))}, p99 ${f(percentile(listingTimes, 0.99))}; need change + ranking median ${f(percentile(needTimes, 0.5))}, p99 ${f(percentile(needTimes, 0.99))} (${CHANGES} each; load ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
