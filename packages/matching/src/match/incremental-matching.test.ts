import type { Royalty } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../testing/seeded-random.ts';
import { MatchEngine } from './engine.ts';
import type { ListingFeatures, MatchResult, NeedFeatures } from './types.ts';

const NOW = () => new Date('2026-01-15T02:00:00Z');

/** Topics listings and needs are written from: shared words, synonyms (锂电池/锂离子电池, 污水/废水), generic words. */
const TOPICS = [
  '锂离子电池隔膜',
  '锂电池正极材料',
  '光伏逆变器',
  '太阳能电池片',
  '起重机吊钩',
  '污水絮凝剂',
  '废水处理工艺',
  '中药提取设备',
  '无人机避障',
  '图像识别算法',
  '充电桩控制器',
  '电动汽车电机',
  '数控机床主轴',
  '陶瓷涂层',
  '混凝土搅拌',
  '水稻种植机',
  '5G基站天线',
  'LiFePO4正极',
  '聚氯乙烯管材',
  '传感器标定',
];
/** Words needs and patents are written with whatever their topic (boilerplate, generic patent words, numbers). */
const FILLER = ['研发', '技术', '提高', '制备', '控制', '结构', '2025年', '成本', '稳定性', '效率'];
const ROYALTIES: Royalty[] = [
  { method: 'lump_sum', amountFen: 4_800_000 },
  { method: 'lump_sum', amountFen: 30_000_000 },
];

function writer(rand: () => number) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => (rand() < 0.7 ? pick(TOPICS) : pick(FILLER)));
  const listing = (id: string): ListingFeatures => ({
    id,
    kind: rand() < 0.1 ? 'bundle' : 'listing',
    title: `一种${words(1 + Math.floor(rand() * 2)).join('的')}`,
    abstract: words(3 + Math.floor(rand() * 12)).join('，'),
    keywords: words(Math.floor(rand() * 3)),
    ipc: rand() < 0.5 ? ['H01M 50/403'] : [],
    industryChains: rand() < 0.5 ? ['新能源汽车'] : [],
    regionCode: pick(['430104', '440300']),
    holderName: '某大学',
    royalty: pick(ROYALTIES),
    period: { start: '2025-07-01', end: '2030-06-30' },
  });
  const need = (id: string, org: string): NeedFeatures => ({
    id,
    enterpriseOrgId: org,
    title: `${words(1 + Math.floor(rand() * 2)).join('与')}的改进`,
    description: `企业${words(4 + Math.floor(rand() * 16)).join('，')}。`,
    targets: rand() < 0.5 ? [`${pick(TOPICS)}寿命提高一倍`] : [],
    industryChains: ['新能源汽车'],
    budget: { minFen: 5_000_000, maxFen: 20_000_000 },
    dealTypes: ['open_license'],
    regionCode: '430104',
  });
  return { listing, need, pick };
}

/** Every need's listings and every sampled listing's needs, with scores and explanations. */
function rankings(engine: MatchEngine, needs: readonly NeedFeatures[], listings: readonly ListingFeatures[]) {
  return {
    needs: needs.map((n) => engine.matchNeed(n, { limit: 10 })),
    listings: listings.map((l) => engine.matchListing(l, { limit: 10 })),
  };
}

const resultCount = (r: { needs: MatchResult[][]; listings: MatchResult[][] }) =>
  [...r.needs, ...r.listings].reduce((sum, results) => sum + results.length, 0);

/**
 * Builds an engine, loads it from its snapshot (so changes meet the frozen tier too), then applies
 * `count` random listing and need changes, ranking the changed side after each (as the matcher does
 * on every stream record) so cached need queries age unevenly; answers the engine and what it holds.
 */
function changedEngine(seed: number, count: number, maxQueryTerms?: number) {
  const rand = random(seed);
  const write = writer(rand);
  const options = { now: NOW, ...(maxQueryTerms === undefined ? {} : { maxQueryTerms }) };
  const listings = new Map<string, ListingFeatures>();
  const needs = new Map<string, NeedFeatures>();
  const seeded = new MatchEngine(options);
  for (let i = 0; i < 120; i++) {
    const l = write.listing(`L${i}`);
    seeded.upsertListing(l);
    listings.set(l.id, l);
  }
  for (let i = 0; i < 30; i++) {
    const n = write.need(`N${i}`, `ORG-${i % 7}`);
    seeded.upsertNeed(n);
    needs.set(n.id, n);
  }
  const engine = MatchEngine.load(seeded.serialise(), options);
  let next = 1000;
  for (let i = 0; i < count; i++) {
    const roll = rand();
    if (roll < 0.4) {
      // A listing rewritten (or a new one), then ranked against the needs.
      const id = rand() < 0.8 ? write.pick([...listings.keys()]) : `L${next++}`;
      const l = write.listing(id);
      engine.upsertListing(l);
      listings.set(id, l);
      engine.matchListing(l, { limit: 10 });
    } else if (roll < 0.5) {
      const id = write.pick([...listings.keys()]);
      engine.removeListing(id);
      listings.delete(id);
    } else if (roll < 0.8) {
      // A need rewritten or added, then ranked against the listings.
      const id = rand() < 0.8 ? write.pick([...needs.keys()]) : `N${next++}`;
      const n = write.need(id, `ORG-${next % 7}`);
      engine.upsertNeed(n);
      needs.set(id, n);
      engine.matchNeed(n, { limit: 10 });
    } else if (roll < 0.9) {
      // A need whose budget changes but whose text does not keeps its query.
      const n = needs.get(write.pick([...needs.keys()]))!;
      const changed = { ...n, budget: { minFen: 0, maxFen: (n.budget?.maxFen ?? 0) + 1_000_000 } };
      engine.upsertNeed(changed);
      needs.set(n.id, changed);
    } else if (needs.size > 10) {
      const id = write.pick([...needs.keys()]);
      engine.removeNeed(id);
      needs.delete(id);
    }
  }
  return { engine, listings: [...listings.values()], needs: [...needs.values()], options };
}

function rebuilt(
  listings: readonly ListingFeatures[],
  needs: readonly NeedFeatures[],
  options: ConstructorParameters<typeof MatchEngine>[0],
) {
  const fresh = new MatchEngine(options);
  for (const l of listings) fresh.upsertListing(l);
  for (const n of needs) fresh.upsertNeed(n);
  return fresh;
}

describe('MatchEngine after listing and need changes', () => {
  it('ranks and explains both ways exactly as an engine rebuilt from what it holds', () => {
    // Prepare
    const { engine, listings, needs, options } = changedEngine(3, 400);
    const sample = listings.filter((_, i) => i % 3 === 0);

    // Act
    const changed = rankings(engine, needs, sample);
    const fresh = rankings(rebuilt(listings, needs, options), needs, sample);

    // Assess: scores compared with ===, explanations word for word.
    expect(resultCount(fresh)).toBeGreaterThan(100);
    expect(changed).toStrictEqual(fresh);
  }, 60_000);

  it('stays exact when pruning keeps few terms, so changes move terms across the cut', () => {
    const { engine, listings, needs, options } = changedEngine(17, 400, 6);
    const sample = listings.filter((_, i) => i % 3 === 1);

    const changed = rankings(engine, needs, sample);
    const fresh = rankings(rebuilt(listings, needs, options), needs, sample);

    expect(resultCount(fresh)).toBeGreaterThan(100);
    expect(changed).toStrictEqual(fresh);
  }, 60_000);
});
