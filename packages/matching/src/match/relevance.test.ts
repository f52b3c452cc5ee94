import { describe, expect, it } from 'vitest';
import { MatchEngine } from './engine.ts';
import type { ListingFeatures, MatchResult, NeedFeatures } from './types.ts';

const NOW = () => new Date('2026-01-15T02:00:00Z');

function listing(id: string, title: string, overrides: Partial<ListingFeatures> = {}): ListingFeatures {
  return {
    id,
    kind: 'listing',
    title,
    keywords: [],
    ipc: [],
    industryChains: ['新能源'],
    regionCode: '430104',
    holderName: '某大学',
    royalty: { method: 'free' },
    period: { start: '2025-07-01', end: '2030-06-30' },
    ...overrides,
  };
}

let needSeq = 0;
function need(title: string, description: string, overrides: Partial<NeedFeatures> = {}): NeedFeatures {
  return {
    id: `N${++needSeq}`,
    enterpriseOrgId: 'ORG-E1',
    title,
    description,
    targets: [],
    industryChains: ['新能源'],
    budget: { minFen: 0, maxFen: 100_000_000 },
    dealTypes: ['open_license'],
    regionCode: '430104',
    ...overrides,
  };
}

/** Needs are written with the same boilerplate whatever they ask for (研发、关键、现有、项目…). */
const OTHER_NEEDS = [
  ['智能温室环境控制关键技术研发', '现有温室依靠人工调节，项目拟研发温湿度自动控制的关键技术，提高产量。'],
  ['高强度铝合金型材挤压工艺开发', '企业现有挤压工艺成品率低，需要开发新的关键工艺，项目目标降低成本。'],
  ['污水处理厂污泥干化技术研发', '目前污泥含水率高，项目研发低能耗干化关键技术，现有设备能耗大。'],
  ['中药材有效成分提取技术开发', '现有提取工艺收率低，需要研发关键提取技术，提高有效成分含量。'],
  ['数控机床主轴热变形补偿研发', '现有主轴温升导致精度下降，项目拟开发热变形补偿关键技术。'],
  ['农产品冷链物流监测系统开发', '企业现有冷链缺少温度监测，需要开发关键监测技术，项目降低损耗。'],
] as const;

/** Patents on unrelated topics, so document frequencies are realistic. */
const FILLER = [
  '一种混凝土搅拌设备',
  '一种水稻种植机',
  '一种污水处理工艺',
  '图像识别的神经网络训练方法',
  '一种中药提取设备',
  '一种汽车外壳焊接装置',
  '一种服装裁剪台',
  '一种茶叶烘干机',
];

function engineWith(listings: ListingFeatures[], ...needs: NeedFeatures[]): MatchEngine {
  const engine = new MatchEngine({ now: NOW });
  for (const [i, title] of FILLER.entries()) engine.upsertListing(listing(`F${i}`, title));
  for (const l of listings) engine.upsertListing(l);
  for (const [i, [title, description]] of OTHER_NEEDS.entries()) {
    engine.upsertNeed(need(title, description, { id: `OTHER-${i}` }));
  }
  for (const n of needs) engine.upsertNeed(n);
  return engine;
}

const ids = (results: MatchResult[]) => results.map((r) => r.id);
const sharedTerms = (result: MatchResult | undefined) =>
  result?.explanation.signals.find((s) => s.signal === 'text')?.evidence ?? [];

describe('MatchEngine relevance on real-need failure modes', () => {
  it('weighs the technology above the words every need is written with', () => {
    const sodium = need(
      '钠离子电池硬碳负极关键技术研发',
      '现有硬碳负极首次效率低，项目拟研发关键技术，提高钠离子电池性能。',
    );
    const engine = engineWith(
      [
        listing('L-boilerplate', '一种关键技术研发项目的现有数据管理平台'),
        listing('L-hard-carbon', '一种钠离子电池用硬碳负极材料'),
      ],
      sodium,
    );

    const results = engine.matchNeed(sodium, { limit: 10 });

    expect(results[0]?.id).toBe('L-hard-carbon');
    expect(ids(results)).not.toContain('L-boilerplate');
  });

  it('finds a technical compound the segmenter does not know through its characters', () => {
    const brick = need('免清扫防渗透气砖的研制', '炼钢厂透气砖狭缝易被钢水渗入，需要新型透气砖。');
    const engine = engineWith(
      [listing('L-fabric', '一种透气面料'), listing('L-brick', '一种钢包底吹氩透气砖')],
      brick,
    );

    const results = engine.matchNeed(brick, { limit: 10 });

    expect(results[0]?.id).toBe('L-brick');
    expect(sharedTerms(results[0])).toContain('透气砖');
  });

  it('finds a patent whose abstract, not its title, states what the need asks for', () => {
    const recycling = need(
      '废旧锂电池正极材料回收',
      '回收废旧锂离子电池正极中的钴和锂，要求浸出率高、流程短。',
    );
    const engine = engineWith(
      [
        listing('L-abstract', '一种有价金属的浸出方法', {
          abstract: '以废旧锂离子电池正极粉为原料，酸浸还原回收钴和锂，浸出率高，流程短。',
        }),
        listing('L-title-generic', '一种锂电池包外壳'),
      ],
      recycling,
    );

    const results = engine.matchNeed(recycling, { limit: 10 });

    expect(results[0]?.id).toBe('L-abstract');
  });

  it('never matches on numbers, units or single characters alone, nor shows them as shared keywords', () => {
    const crane = need(
      '起重机吊具防摇摆控制',
      '起重量 98 吨，跨度 12 m，需要防摇摆控制，定位精度 5 mm，预算 50 万元。',
    );
    const engine = engineWith(
      [
        listing('L-numbers', '一种 98 吨 12 m 的货架', {
          abstract: '承重 98 吨，高 12 m，误差 5 mm，售价 50 万元。',
        }),
        listing('L-sway', '一种起重机吊具防摇摆控制方法'),
      ],
      crane,
    );

    const results = engine.matchNeed(crane, { limit: 10 });

    expect(ids(results)).toEqual(['L-sway']);
    for (const term of sharedTerms(results[0])) {
      expect(Array.from(term).length).toBeGreaterThan(1);
      expect(term).not.toMatch(/^\d/);
    }
  });

  it('lets price, region, chain and deal type re-rank relevant listings, never make an irrelevant one a match', () => {
    const lithium = need('废旧锂电池回收工艺', '回收废旧锂电池中的锂，现有工艺回收率低。', {
      industryChains: ['新能源'],
      budget: { minFen: 0, maxFen: 10_000_000 },
    });
    const engine = engineWith(
      [
        // Same chain, same city, free: every non-text point, and only 工艺 in common.
        listing('L-chili', '一种低盐发酵剁辣椒的制备工艺'),
        listing('L-recycle', '一种废旧锂电池中锂的回收工艺', { regionCode: '110105', industryChains: [] }),
      ],
      lithium,
    );

    const results = engine.matchNeed(lithium, { limit: 10 });
    const fromListing = engine.matchListing(listing('L-chili', '一种低盐发酵剁辣椒的制备工艺'), {
      limit: 10,
    });

    expect(ids(results)).toEqual(['L-recycle']);
    expect(ids(fromListing)).not.toContain(lithium.id);
  });

  it('needs a share of what the need’s title says: one word of the description in common is no match', () => {
    const crane = need(
      '起重机臂架结构健康监测与剩余寿命预测',
      '在臂架关键截面布设传感器，结合吊载工况在线评估累积损伤，给出剩余寿命和维保建议。',
    );
    const engine = engineWith(
      [
        listing('L-battery', '一种电动汽车动力电池健康状态估计方法', {
          abstract: '采集电池电压电流，估计电池健康状态，误差小于2%。',
        }),
        listing('L-boom', '一种起重机臂架疲劳损伤在线监测与剩余寿命评估方法'),
      ],
      crane,
    );

    const results = engine.matchNeed(crane, { limit: 10 });

    expect(ids(results)).toEqual(['L-boom']);
  });

  it('does not match on one two-character word alone (汽车 of 汽车起重机 and of 电动汽车)', () => {
    const crane = need('汽车起重机吊重防摇摆控制', '回转和变幅作业时吊重摆动明显，需要防摆控制。');
    const engine = engineWith(
      [listing('L-ev', '一种电动汽车充电桩'), listing('L-sway', '一种起重机吊重防摆的自适应控制方法')],
      crane,
    );

    expect(ids(engine.matchNeed(crane, { limit: 10 }))).toEqual(['L-sway']);
  });

  it('keeps boilerplate out of the shared keywords a broker reads', () => {
    const sodium = need('钠离子电池硬碳负极研发', '现有硬碳负极首次效率低，项目拟研发关键技术。');
    const engine = engineWith([listing('L1', '现有钠离子电池硬碳负极的关键研发')], sodium);

    const [top] = engine.matchNeed(sodium, { limit: 1 });

    expect(sharedTerms(top).some((term) => term.includes('硬碳负极'))).toBe(true);
    expect(sharedTerms(top)).not.toContain('现有');
    expect(sharedTerms(top)).not.toContain('研发');
    expect(sharedTerms(top)).not.toContain('关键');
  });
});
