import { describe, expect, it } from 'vitest';
import { TextIndex } from '../index/text-index.ts';
import { seededRandom as random } from '../testing/seeded-random.ts';
import { LISTING_FIELDS, NEED_FIELDS } from './engine.ts';
import { NeedQuery, TermStatistics } from './need-query.ts';
import { analyseQueryText, maxQueryScore, pruneAnalysedQuery } from './query.ts';

const WORDS = (
  '锂离子电池 隔膜 正极材料 光伏逆变器 太阳能电池 起重机 吊钩 污水 絮凝剂 中药提取 无人机 避障 图像识别 ' +
  '充电桩 电动汽车 数控机床 陶瓷涂层 混凝土 水稻 传感器 研发 技术 提高 制备 控制 结构 2025 成本 稳定性 LiFePO4'
).split(' ');

describe('NeedQuery', () => {
  it('derives bit for bit what pruneAnalysedQuery and maxQueryScore give, after every change of either side', () => {
    // Prepare: two indexes and twelve needs' texts, each kept as a NeedQuery per term limit.
    const rand = random(21);
    const text = (n: number) =>
      Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join('，');
    const listings = new TextIndex({ fields: LISTING_FIELDS });
    const needs = new TextIndex({ fields: NEED_FIELDS });
    const listing = (id: string) => ({
      id,
      fields: { title: text(2), keywords: [text(1)], abstract: text(3 + Math.floor(rand() * 10)) },
    });
    const need = (id: string) => ({
      id,
      fields: { title: text(2), targets: [], description: text(4 + Math.floor(rand() * 14)) },
    });
    for (let i = 0; i < 80; i++) listings.add(listing(`L${i}`));
    for (let i = 0; i < 4; i++) needs.add(need(`N${i}`));
    const texts = Array.from({ length: 12 }, () => {
      const title = text(2);
      return analyseQueryText(`${title}\n${text(6 + Math.floor(rand() * 20))}`, title);
    });
    const limits = [4, 12, 128];
    const queries = texts.map((analysed) => limits.map(() => new NeedQuery(analysed)));
    let compared = 0;
    let pruned = 0;

    for (let step = 0; step < 100; step++) {
      // Act: one change to the listings or the needs, then every query derived again.
      const roll = rand();
      if (roll < 0.5) listings.update(listing(`L${Math.floor(rand() * 100)}`));
      else if (roll < 0.6) listings.remove(`L${Math.floor(rand() * 100)}`);
      else if (roll < 0.9) needs.update(need(`N${Math.floor(rand() * 20)}`));
      else needs.remove(`N${Math.floor(rand() * 20)}`);
      const statistics = new TermStatistics(listings, needs);

      texts.forEach((analysed, t) => {
        limits.forEach((limit, l) => {
          const expected = pruneAnalysedQuery(listings, analysed, limit, statistics.factor);
          const derived = queries[t]![l]!.derive(statistics, limit);
          // Assess: the same tokens and weights, the same maximum to the last bit.
          expect(derived.analysis).toStrictEqual(expected);
          expect(derived.maxScore).toBe(maxQueryScore(listings, expected));
          compared++;
          if (expected.core.length < analysed.terms.length) pruned++;
        });
      });
    }
    expect(compared).toBe(100 * 12 * 3);
    expect(pruned).toBeGreaterThan(compared / 3);
  });
});
