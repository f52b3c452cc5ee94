/**
 * The dev-set evaluation: every system ranks the 10,698 patents for the 59 labelled real needs and
 * is scored with nDCG@10 (see dev-judgments.ts); the engine also holds all 371 needs, as the
 * platform holds its enterprises' needs, so need-side term statistics are those of real needs.
 */
import {
  type ListingFeatures,
  MatchEngine,
  type MatchResult,
  type NeedFeatures,
} from '../../packages/matching/src/index.ts';
import { seededRandom } from '../../packages/matching/src/testing/seeded-random.ts';
import {
  type DevDocument,
  type DevNeed,
  type DevScore,
  readAllNeeds,
  readDevDocuments,
  readDevNeeds,
  readJudgments,
  scoreRuns,
} from './dev-judgments.ts';
import { characterBigramBm25, type DevSystem, miniSearchWithStopWords } from './dev-peers.ts';

const K = 10;
/** Candidates the text ranking is re-sorted from. */
const TEXT_DEPTH = 100;

export function devListing(d: DevDocument): ListingFeatures {
  return {
    id: d.key,
    kind: 'listing',
    title: d.title,
    ...(d.abstract === undefined ? {} : { abstract: d.abstract }),
    keywords: [],
    ipc: [...d.ipcSubclasses],
    industryChains: [],
    regionCode: '430104',
    holderName: d.key,
    royalty: { method: 'free' },
    period: { start: '2026-01-01', end: '2030-12-31' },
  };
}

export function devNeed(n: DevNeed): NeedFeatures {
  return {
    id: n.rid,
    enterpriseOrgId: `ORG-${n.rid}`,
    title: n.title,
    description: n.text,
    targets: [],
    industryChains: [],
    dealTypes: ['open_license'],
    regionCode: '430104',
  };
}

/** 95 % interval of the mean over needs, from 2,000 bootstrap resamples (seeded). */
export function bootstrap(perNeed: readonly number[], seed = 7): [number, number] {
  const rand = seededRandom(seed);
  const means: number[] = [];
  for (let i = 0; i < 2000; i++) {
    let sum = 0;
    for (let j = 0; j < perNeed.length; j++) sum += perNeed[Math.floor(rand() * perNeed.length)]!;
    means.push(sum / perNeed.length);
  }
  means.sort((x, y) => x - y);
  return [means[49]!, means[1949]!];
}

export interface DevRun {
  readonly name: string;
  readonly score: DevScore;
  readonly runs: ReadonlyMap<string, readonly string[]>;
}

export interface DevEvaluation {
  readonly needs: readonly DevNeed[];
  readonly documents: ReadonlyMap<string, DevDocument>;
  readonly judgments: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly systems: readonly DevRun[];
  /** The engine's results per need, below the floor included, best first. */
  readonly engineResults: ReadonlyMap<string, readonly MatchResult[]>;
  /** Per need, the listings `matchNeed` shows (above the relevance floor, with topical evidence). */
  readonly shown: ReadonlyMap<string, ReadonlySet<string>>;
  /** Judged precision and count of the engine's top 10s above the relevance floor. */
  readonly floor: {
    readonly shown: number;
    readonly judged: number;
    readonly relevant: number;
    readonly ndcg: number;
  };
}

export function evaluateDevSet(now: Date): DevEvaluation {
  const documents = readDevDocuments();
  const needs = readDevNeeds();
  const judgments = readJudgments();
  const engine = new MatchEngine({ now: () => now });
  for (const d of documents) engine.upsertListing(devListing(d));
  for (const n of readAllNeeds()) engine.upsertNeed(devNeed(n));

  const engineResults = new Map<string, MatchResult[]>();
  for (const n of needs) {
    engineResults.set(n.rid, engine.matchNeed(devNeed(n), { limit: TEXT_DEPTH, belowFloor: true }));
  }
  const textPoints = (r: MatchResult) =>
    r.explanation.signals.find((s) => s.signal === 'text')?.contribution ?? 0;
  const full = new Map(
    needs.map((n) => [
      n.rid,
      engineResults
        .get(n.rid)!
        .slice(0, K)
        .map((r) => r.id),
    ]),
  );
  const text = new Map(
    needs.map((n) => [
      n.rid,
      [...engineResults.get(n.rid)!]
        .sort((a, b) => textPoints(b) - textPoints(a) || (a.id < b.id ? -1 : 1))
        .slice(0, K)
        .map((r) => r.id),
    ]),
  );
  const floored = new Map(
    needs.map((n) => [n.rid, engine.matchNeed(devNeed(n), { limit: K }).map((r) => r.id)]),
  );
  let shown = 0;
  let judged = 0;
  let relevant = 0;
  for (const [rid, ids] of floored) {
    for (const id of ids) {
      shown++;
      const grade = judgments.get(rid)?.get(id);
      if (grade === undefined) continue;
      judged++;
      if (grade >= 1) relevant++;
    }
  }
  const peers: DevSystem[] = [miniSearchWithStopWords(documents), characterBigramBm25(documents)];
  const query = (n: DevNeed) => `${n.title} ${n.text}`;
  const systems: DevRun[] = [
    { name: 'engine, full ranking', runs: full },
    { name: 'engine, text ranking', runs: text },
    ...peers.map((p) => ({ name: p.name, runs: new Map(needs.map((n) => [n.rid, p.search(query(n), K)])) })),
  ].map((s) => ({ ...s, score: scoreRuns(s.runs, judgments, K) }));
  return {
    needs,
    documents: new Map(documents.map((d) => [d.key, d])),
    judgments,
    systems,
    engineResults,
    shown: new Map([...floored].map(([rid, ids]) => [rid, new Set(ids)])),
    floor: { shown, judged, relevant, ndcg: scoreRuns(floored, judgments, K).ndcg },
  };
}
