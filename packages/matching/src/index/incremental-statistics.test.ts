import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../testing/seeded-random.ts';
import { analyseQuery, termKey } from '../text/tokenise.ts';
import { load, serialise } from './snapshot.ts';
import { type TextDocument, TextIndex } from './text-index.ts';

const WORDS = [
  '锂离子',
  '电池',
  '隔膜',
  '正极',
  '电解液',
  '光伏',
  '逆变器',
  '起重机',
  '吊钩',
  '污水',
  '絮凝剂',
  '中药',
  '提取',
  '无人机',
  '避障',
  '图像',
  '识别',
  '充电桩',
  'LiFePO4',
  '5G',
];

const QUERIES = [
  '锂离子电池 隔膜',
  '光伏 逆变器',
  '污水 絮凝剂 中药',
  '吊钩',
  '无人机 图像 识别',
  '电池',
  'lifepo4 正极',
  '锂电池',
];

/** Documents of random lengths, so every change moves the average field lengths. */
function maker(rand: () => number) {
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  return (id: string): TextDocument => ({
    id,
    fields: {
      title: words(1 + Math.floor(rand() * 4)).join(''),
      keywords: words(Math.floor(rand() * 3)),
      abstract: words(Math.floor(rand() * 30)).join('，'),
    },
  });
}

/** Every answer the index's statistics show in: searches (ids, scores), frequencies, weights, scores outside a search. */
function statistics(index: TextIndex, probe: TextDocument) {
  return QUERIES.map((query) => {
    const analysis = analyseQuery(query);
    return {
      hits: index.search(query, { limit: 15 }).hits,
      frequencies: analysis.tokens.map((token) => index.documentFrequency(termKey(token))),
      weights: analysis.tokens.map((token) => index.termWeight(token)),
      probe: index.scoreDocument(analysis, probe.fields),
    };
  });
}

/** Applies `count` random adds, removes and updates, searching between them so cached statistics age unevenly. */
function churn(index: TextIndex, docs: Map<string, TextDocument>, count: number, seed: number): void {
  const rand = random(seed);
  const make = maker(rand);
  let next = docs.size;
  for (let i = 0; i < count; i++) {
    const ids = [...docs.keys()];
    const roll = rand();
    if (roll < 0.3 || ids.length < 20) {
      const doc = make(`N${seed}-${next++}`);
      index.add(doc);
      docs.set(doc.id, doc);
    } else if (roll < 0.55) {
      const id = ids[Math.floor(rand() * ids.length)]!;
      index.remove(id);
      docs.delete(id);
    } else {
      const doc = make(ids[Math.floor(rand() * ids.length)]!);
      index.update(doc);
      docs.set(doc.id, doc);
    }
    if (rand() < 0.2) index.search(QUERIES[Math.floor(rand() * QUERIES.length)]!, { limit: 5 });
    if (rand() < 0.002) index.merge();
  }
}

function rebuilt(docs: Map<string, TextDocument>): TextIndex {
  const fresh = new TextIndex();
  for (const doc of docs.values()) fresh.add(doc);
  return fresh;
}

describe('TextIndex statistics kept up to date across changes', () => {
  it('ranks, counts and weighs bit for bit like an index rebuilt from the surviving documents', () => {
    // Prepare: documents in the frozen tier (from a snapshot) and in the delta, then random changes.
    const rand = random(11);
    const make = maker(rand);
    const docs = new Map<string, TextDocument>();
    const seeded = new TextIndex();
    for (let i = 0; i < 300; i++) {
      const doc = make(`L${i}`);
      seeded.add(doc);
      docs.set(doc.id, doc);
    }
    const index = load(serialise(seeded));
    const probe = make('probe');

    for (let round = 0; round < 6; round++) {
      // Act
      churn(index, docs, 400, round + 1);

      // Assess: scores compared with ===, no tolerance.
      expect(statistics(index, probe)).toStrictEqual(statistics(rebuilt(docs), probe));
    }
  }, 60_000);

  it('stays exact over thousands of changes with few searches between them', () => {
    const docs = new Map<string, TextDocument>();
    const index = new TextIndex();
    const make = maker(random(5));
    for (let i = 0; i < 100; i++) {
      const doc = make(`L${i}`);
      index.add(doc);
      docs.set(doc.id, doc);
    }
    const probe = make('probe');
    statistics(index, probe);

    // Act
    churn(index, docs, 3000, 99);

    expect(statistics(index, probe)).toStrictEqual(statistics(rebuilt(docs), probe));
  }, 60_000);

  it('stays exact across a merge that drops removed documents and renumbers the rest', () => {
    const docs = new Map<string, TextDocument>();
    const index = new TextIndex();
    const make = maker(random(8));
    for (let i = 0; i < 200; i++) {
      const doc = make(`L${i}`);
      index.add(doc);
      docs.set(doc.id, doc);
    }
    index.merge();
    const probe = make('probe');
    statistics(index, probe);
    churn(index, docs, 150, 3);

    // Act
    index.merge();
    churn(index, docs, 150, 4);

    expect(statistics(index, probe)).toStrictEqual(statistics(rebuilt(docs), probe));
  });
});

describe('TextIndex term slots', () => {
  /** Documents of Latin codes: each code (q0 … q2999) is a term of its own. */
  const codes = (from: number, n: number) => Array.from({ length: n }, (_, i) => `q${from + i}`).join(' ');

  it('counts exactly past the first thousands of terms asked about, as the slot table grows', () => {
    const docs = new Map<string, TextDocument>();
    const index = new TextIndex();
    for (let i = 0; i < 60; i++) {
      const doc = { id: `D${i}`, fields: { title: codes(i * 50, 80) } };
      index.add(doc);
      docs.set(doc.id, doc);
    }
    const keys = Array.from({ length: 3000 }, (_, i) => `q${i}`);

    // Act: every term asked once (the table grows several times), then changes, then asked again.
    const first = keys.map((key) => index.documentFrequency(key));
    const slots = keys.map((key) => index.termSlot(key));
    for (let i = 0; i < 20; i++) {
      const doc = { id: `D${i * 3}`, fields: { title: codes(i * 70, 30) } };
      index.update(doc);
      docs.set(doc.id, doc);
    }

    const fresh = rebuilt(docs);
    expect(first.filter((n) => n > 0).length).toBeGreaterThan(2900);
    expect(keys.map((key) => index.documentFrequency(key))).toStrictEqual(
      keys.map((key) => fresh.documentFrequency(key)),
    );
    expect(slots.map((slot) => index.frequencyAt(slot))).toStrictEqual(
      keys.map((key) => fresh.documentFrequency(key)),
    );
  });

  it('answers the idf of the live count, also after documents come and go', () => {
    const index = new TextIndex();
    for (let i = 0; i < 10; i++) index.add({ id: `D${i}`, fields: { title: codes(i, 3) } });
    const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

    const before = [0, 1, 5].map((df) => index.idf(df));
    index.remove('D0');
    index.remove('D1');
    const after = [0, 1, 5].map((df) => index.idf(df));

    expect(before).toStrictEqual([0, 1, 5].map((df) => idf(10, df)));
    expect(after).toStrictEqual([0, 1, 5].map((df) => idf(8, df)));
  });
});
