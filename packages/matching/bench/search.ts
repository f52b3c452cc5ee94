/**
 * Benchmark of the catalogue's keyword search: `npx tsx packages/matching/bench/search.ts [docs]`.
 * Builds an index of 100,000 synthetic listings (real eval-data text, recombined), snapshots and
 * reloads it, times 200 Chinese queries, and compares with a naive substring scan in the same run.
 */
import { isDeepStrictEqual } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { load, serialise, type TextDocument, TextIndex } from '../src/index.ts';
import { type SyntheticQuery, syntheticCorpus } from './synthetic-corpus.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const DOCS = Number(process.argv[2] ?? 100_000);
const LIMIT = 10;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

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

/** Per query, the median of `rounds` timed runs (the machine may be shared). */
function timeQueries(
  queries: readonly SyntheticQuery[],
  run: (q: SyntheticQuery) => unknown,
  rounds = 1,
): number[] {
  return queries.map((q) => {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      run(q);
      times.push(performance.now() - start);
    }
    return percentile(times, 0.5);
  });
}

/** What a developer would write without an index: scan every document for every query word. */
function substringSearch(
  documents: readonly TextDocument[],
  lowered: readonly string[][],
  words: readonly string[],
) {
  const weights = [3, 2, 1, 2];
  const hits: { id: string; score: number }[] = [];
  for (let i = 0; i < documents.length; i++) {
    const fields = lowered[i]!;
    let score = 0;
    for (const word of words) {
      for (let f = 0; f < fields.length; f++) if (fields[f]!.includes(word)) score += weights[f]!;
    }
    if (score > 0) hits.push({ id: documents[i]!.id, score });
  }
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { total: hits.length, hits: hits.slice(0, LIMIT) };
}

const generateStart = performance.now();
const { documents, queries } = syntheticCorpus(DOCS);
const generateMs = performance.now() - generateStart;
const chars = documents.reduce(
  (sum, d) =>
    sum + Object.values(d.fields).reduce((s, v) => s + (typeof v === 'string' ? v : v.join('')).length, 0),
  0,
);

const before = memory();
const buildStart = performance.now();
const index = new TextIndex();
for (const doc of documents) index.add(doc);
index.merge();
const buildMs = performance.now() - buildStart;
const indexBytes = memory() - before;

for (const q of queries.slice(0, 20)) index.search(q.text, { limit: LIMIT });
const results = queries.map((q) => index.search(q.text, { limit: LIMIT }));
const searchTimes = timeQueries(queries, (q) => index.search(q.text, { limit: LIMIT }), 3);
const filtered = timeQueries(
  queries,
  (q) => index.search(q.text, { limit: LIMIT, filter: (f) => f.priceType === 'free' }),
  3,
);

const serialiseStart = performance.now();
const snapshot = serialise(index);
const serialiseMs = performance.now() - serialiseStart;
const loadTimes: number[] = [];
let loaded = load(snapshot.slice());
for (let i = 0; i < 5; i++) {
  const copy = snapshot.slice();
  gc();
  const start = performance.now();
  loaded = load(copy);
  loadTimes.push(performance.now() - start);
}
const loadMs = percentile(loadTimes, 0.5);
const firstLoadedQuery = timeQueries(queries.slice(0, 1), (q) => loaded.search(q.text, { limit: LIMIT }))[0]!;
const identical = queries.every((q, i) =>
  isDeepStrictEqual(loaded.search(q.text, { limit: LIMIT }), results[i]),
);

const lowered = documents.map((d) =>
  Object.values(d.fields).map((v) => (typeof v === 'string' ? v : v.join(' ')).toLowerCase()),
);
const naiveTimes = timeQueries(queries, (q) => substringSearch(documents, lowered, q.words));

const median = percentile(searchTimes, 0.5);
const naiveMedian = percentile(naiveTimes, 0.5);
const totals = results.map((r) => r.total);
const state = index.exportState();

console.log(`node ${process.version}, ${process.arch}`);
console.log(
  `documents            ${DOCS.toLocaleString()} (avg ${(chars / DOCS).toFixed(0)} chars), generated in ${ms(generateMs)}`,
);
console.log(
  `terms / postings     ${state.postings.terms.length.toLocaleString()} / ${state.postings.entries.length.toLocaleString()}`,
);
console.log(`build                ${ms(buildMs)} (${((buildMs * 1000) / DOCS).toFixed(0)} µs/doc)`);
console.log(`index memory         ${mb(indexBytes)} (heap + array buffers, after GC)`);
console.log(
  `snapshot             ${mb(snapshot.length)}, serialise ${ms(serialiseMs)}, load ${ms(loadMs)} (median of 5), first query after load ${ms(firstLoadedQuery)}`,
);
console.log(`loaded == built      ${identical} (200 queries, hits and scores)`);
console.log(
  `search (200 queries) median ${ms(median)}, p95 ${ms(percentile(searchTimes, 0.95))}, max ${ms(Math.max(...searchTimes))}`,
);
console.log(
  `  with a filter      median ${ms(percentile(filtered, 0.5))}, p95 ${ms(percentile(filtered, 0.95))}`,
);
console.log(
  `  matches per query  median ${percentile(totals, 0.5).toLocaleString()}, p95 ${percentile(totals, 0.95).toLocaleString()}`,
);
console.log(`substring scan       median ${ms(naiveMedian)}, p95 ${ms(percentile(naiveTimes, 0.95))}`);
console.log(`speed-up             ${(naiveMedian / median).toFixed(1)}× (substring median / index median)`);
console.log('sample queries:');
for (const i of [0, 1, 2]) {
  const q = queries[i]!;
  const top = results[i]!.hits[0];
  console.log(`  ${q.text} → ${results[i]!.total} matches; top ${top?.id} [${top?.matched.join('、')}]`);
}
