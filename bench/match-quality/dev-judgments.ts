/**
 * The need → patent dev judgments (../shared/eval-data/need-patent-dev, see its README) and the
 * patents they grade, plus the judgments this repository added for patents the engine surfaced
 * outside the original pool (`added-judgments.jsonl`, judged blind with the same rubric).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  readAbstractedPatents,
  readEnterpriseNeeds,
  readTitledPatents,
} from '../../packages/matching/eval/eval-data.ts';

export interface DevDocument {
  /** `T:<publication number>` or `A:<id>`, as the labels name it. */
  readonly key: string;
  readonly title: string;
  readonly abstract?: string;
  readonly ipcSubclasses: readonly string[];
}

export interface DevNeed {
  readonly rid: string;
  readonly index: number;
  readonly title: string;
  readonly text: string;
}

export interface Judgment {
  readonly rid: string;
  readonly doc: string;
  readonly grade: number;
}

const DEV_DIR = new URL('../../../shared/eval-data/need-patent-dev/', import.meta.url);
const ADDED = new URL('./added-judgments.jsonl', import.meta.url);

function jsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Every patent of the eval data: 9,740 titled (`T:`) and 958 with abstracts (`A:`). */
export function readDevDocuments(): DevDocument[] {
  return [
    ...readTitledPatents().map((p) => ({
      key: `T:${p.publicationNumber}`,
      title: p.title,
      ipcSubclasses: p.ipcSubclasses,
    })),
    ...readAbstractedPatents().map((p) => ({
      key: `A:${p.id}`,
      title: p.title,
      abstract: p.abstract,
      ipcSubclasses: [],
    })),
  ];
}

/** Every enterprise need with its line index (the dev split is index % 6 === 3). */
export function readAllNeeds(): DevNeed[] {
  return readEnterpriseNeeds().map((n, index) => ({ ...n, index }));
}

/** The labelled dev needs, in needs.txt order. */
export function readDevNeeds(): DevNeed[] {
  const byRid = new Map(readAllNeeds().map((n) => [n.rid, n]));
  return readFileSync(fileURLToPath(new URL('needs.txt', DEV_DIR)), 'utf8')
    .split('\n')
    .map((rid) => rid.trim())
    .filter((rid) => rid !== '')
    .map((rid) => {
      const need = byRid.get(rid);
      if (need === undefined) throw new Error(`dev need ${rid} is not in needs.jsonl`);
      return need;
    });
}

/**
 * Grades per need: the shared labels, then this repository's additions (which only add pairs the
 * shared pool lacks; a pair judged in both keeps the shared grade).
 */
export function readJudgments(): Map<string, Map<string, number>> {
  const byNeed = new Map<string, Map<string, number>>();
  const add = (j: Judgment, overwrite: boolean) => {
    let grades = byNeed.get(j.rid);
    if (grades === undefined) {
      grades = new Map();
      byNeed.set(j.rid, grades);
    }
    if (overwrite || !grades.has(j.doc)) grades.set(j.doc, j.grade);
  };
  for (const j of jsonLines(fileURLToPath(new URL('labels.jsonl', DEV_DIR))) as Judgment[]) add(j, true);
  const added = fileURLToPath(ADDED);
  if (existsSync(added)) for (const j of jsonLines(added) as Judgment[]) add(j, false);
  return byNeed;
}

/** nDCG@k with 2^grade − 1 gains; unjudged documents count 0; the ideal is the need's judged grades. */
export function ndcgAtK(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>): number {
  const dcg = (gs: readonly number[]) =>
    gs.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((d) => grades.get(d) ?? 0)) / ideal;
}

export interface DevScore {
  /** Mean nDCG@10 over needs with a grade ≥ 1. */
  readonly ndcg: number;
  readonly needs: number;
  /** Documents in the top 10s without a judgment for their need. */
  readonly unjudged: number;
  readonly slots: number;
  readonly perNeed: ReadonlyMap<string, number>;
}

/** Scores a system's top-k lists against the judgments, as the dev README says. */
export function scoreRuns(
  runs: ReadonlyMap<string, readonly string[]>,
  judgments: ReadonlyMap<string, ReadonlyMap<string, number>>,
  k = 10,
): DevScore {
  let sum = 0;
  let needs = 0;
  let unjudged = 0;
  let slots = 0;
  const perNeed = new Map<string, number>();
  for (const [rid, grades] of judgments) {
    if (![...grades.values()].some((g) => g >= 1)) continue;
    const ranked = (runs.get(rid) ?? []).slice(0, k);
    const score = ndcgAtK(k, ranked, grades);
    perNeed.set(rid, score);
    sum += score;
    needs++;
    slots += ranked.length;
    unjudged += ranked.filter((d) => !grades.has(d)).length;
  }
  return { ndcg: needs === 0 ? 0 : sum / needs, needs, unjudged, slots, perNeed };
}
