/**
 * The two reference systems of the dev judgments' pool (../shared/eval-data/need-patent-dev/README.md),
 * built to its spec: MiniSearch with stop words and the title ×2, and a character-bigram BM25.
 */
import MiniSearch from 'minisearch';
import type { DevDocument } from './dev-judgments.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The pool's stop words for system (a), verbatim. */
const POOL_STOP_WORDS = new Set(
  '的 了 和 与 及 或 等 在 是 为 对 将 其 一种 方法 装置 系统 技术 研究 开发 研发 项目 企业 公司 需求 进行 提高 实现 具有 通过 目前 问题 解决 要求 产品'.split(
    ' ',
  ),
);

function poolWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const word = s.segment.toLowerCase();
    if (!POOL_STOP_WORDS.has(word)) out.push(word);
  }
  return out;
}

export interface DevSystem {
  readonly name: string;
  /** Document keys best first. */
  search(query: string, limit: number): string[];
}

/** System (a): MiniSearch 7, title + abstract, stop words, title ×2, OR, default BM25. */
export function miniSearchWithStopWords(docs: readonly DevDocument[]): DevSystem {
  const index = new MiniSearch<{ id: string; title: string; abstract: string }>({
    fields: ['title', 'abstract'],
    tokenize: poolWords,
    searchOptions: { boost: { title: 2 }, combineWith: 'OR' },
  });
  index.addAll(docs.map((d) => ({ id: d.key, title: d.title, abstract: d.abstract ?? '' })));
  return {
    name: 'MiniSearch, stop words, title ×2',
    search: (query, limit) =>
      index
        .search(query)
        .slice(0, limit)
        .map((r) => String(r.id)),
  };
}

/** Lower-cased runs of letters/digits, as overlapping 2-character grams (a 1-character run as itself). */
export function characterBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(run);
    if (chars.length === 1) grams.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/** System (c): character-bigram BM25 over title + abstract, k1 1.2, b 0.75, each query gram once. */
export function characterBigramBm25(docs: readonly DevDocument[]): DevSystem {
  const k1 = 1.2;
  const b = 0.75;
  const postings = new Map<string, [number, number][]>();
  const lengths: number[] = [];
  docs.forEach((d, n) => {
    const grams = characterBigrams(`${d.title} ${d.abstract ?? ''}`);
    lengths.push(grams.length);
    const tf = new Map<string, number>();
    for (const g of grams) tf.set(g, (tf.get(g) ?? 0) + 1);
    for (const [g, f] of tf) {
      const list = postings.get(g) ?? [];
      if (list.length === 0) postings.set(g, list);
      list.push([n, f]);
    }
  });
  const avg = lengths.reduce((s, l) => s + l, 0) / Math.max(1, lengths.length);
  const N = docs.length;
  return {
    name: 'character-bigram BM25',
    search: (query, limit) => {
      const scores = new Map<number, number>();
      for (const g of new Set(characterBigrams(query))) {
        const list = postings.get(g);
        if (list === undefined) continue;
        const idf = Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5));
        for (const [n, f] of list) {
          const s = (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths[n]!) / avg));
          scores.set(n, (scores.get(n) ?? 0) + s);
        }
      }
      return [...scores]
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, limit)
        .map(([n]) => docs[n]!.key);
    },
  };
}
