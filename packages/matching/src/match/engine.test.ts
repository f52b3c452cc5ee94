import type { Royalty } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { MatchEngine } from './engine.ts';
import type { FeedbackAdjustments, ListingFeatures, MatchResult, NeedFeatures } from './types.ts';

const NOW = () => new Date('2026-01-15T02:00:00Z');
const LUMP_48K: Royalty = { method: 'lump_sum', amountFen: 4_800_000 };

function listing(id: string, title: string, overrides: Partial<ListingFeatures> = {}): ListingFeatures {
  return {
    id,
    kind: 'listing',
    title,
    abstract: `${title}，结构简单，成本低。`,
    keywords: [],
    ipc: [],
    industryChains: [],
    regionCode: '440300',
    holderName: '某大学',
    royalty: LUMP_48K,
    period: { start: '2025-07-01', end: '2030-06-30' },
    ...overrides,
  };
}

function need(overrides: Partial<NeedFeatures> = {}): NeedFeatures {
  return {
    id: 'N1',
    enterpriseOrgId: 'ORG-E1',
    title: '锂离子电池隔膜的耐热改性',
    description: '企业生产锂离子电池，现有聚乙烯隔膜在高温下收缩，需要提高隔膜耐热性能。',
    targets: ['150℃ 下热收缩率 ≤ 3%'],
    industryChains: ['新能源汽车'],
    budget: { minFen: 5_000_000, maxFen: 20_000_000 },
    dealTypes: ['open_license'],
    regionCode: '430104',
    ...overrides,
  };
}

/** Filler so document frequencies are realistic. */
const FILLER = [
  ['F1', '一种混凝土搅拌设备', 'B28C'],
  ['F2', '一种水稻种植机', 'A01C'],
  ['F3', '数控机床主轴冷却结构', 'B23Q'],
  ['F4', '一种污水处理工艺', 'C02F'],
  ['F5', '图像识别的神经网络训练方法', 'G06N'],
  ['F6', '一种中药提取设备', 'A61K'],
  ['F7', '一种陶瓷涂层隔膜的制备方法', 'H01M 50/449'],
  ['F8', '一种电池外壳焊接装置', 'B23K'],
] as const;

function engineWith(...listings: ListingFeatures[]): MatchEngine {
  const engine = new MatchEngine({ now: NOW });
  for (const [id, title, ipc] of FILLER) engine.upsertListing(listing(id, title, { ipc: [ipc] }));
  for (const l of listings) engine.upsertListing(l);
  return engine;
}

const ids = (results: MatchResult[]) => results.map((r) => r.id);
const signalOf = (result: MatchResult | undefined, name: string) =>
  result?.explanation.signals.find((s) => s.signal === name);

describe('MatchEngine need → listings', () => {
  it('explains a match with the shared terms and IPC codes', () => {
    const engine = engineWith(
      listing('L1', '一种耐热锂离子电池隔膜', { ipc: ['H01M 50/403'], industryChains: ['新能源汽车'] }),
    );

    const [top] = engine.matchNeed(need({ ipc: ['H01M 50/403'] }), { limit: 5 });

    expect(top?.id).toBe('L1');
    // Consecutive matched bigrams read as the stretch of the need's text they cover.
    expect(signalOf(top, 'text')?.evidence).toEqual(['耐热', '锂离子电池隔膜']);
    expect(signalOf(top, 'text')?.text).toBe('共同关键词：耐热、锂离子电池隔膜');
    expect(signalOf(top, 'ipc')?.evidence).toEqual(['H01M 50/403']);
    expect(signalOf(top, 'ipc')?.text).toBe('IPC 分类号相同：H01M 50/403');
    expect(signalOf(top, 'chain')?.text).toBe('同属产业链：新能源汽车');
    expect(top!.score).toBeGreaterThan(50);
    expect(top!.score).toBeLessThanOrEqual(100);
    expect(top!.explanation.summary).toContain('锂离子电池');
  });

  it('ranks IPC agreement by hierarchy: subgroup > main group > subclass > class > section', () => {
    const title = '一种锂离子电池隔膜';
    const engine = engineWith(
      listing('S-subgroup', title, { ipc: ['H01M 50/403'] }),
      listing('S-maingroup', title, { ipc: ['H01M 50/411'] }),
      listing('S-subclass', title, { ipc: ['H01M 4/525'] }),
      listing('S-class', title, { ipc: ['H01G 11/52'] }),
      listing('S-section', title, { ipc: ['H02J 7/00'] }),
      listing('S-none', title, { ipc: ['A01B 1/00'] }),
    );

    const results = engine.matchNeed(need({ ipc: ['H01M 50/403'] }), { limit: 20 });

    expect(ids(results).filter((id) => id.startsWith('S-'))).toEqual([
      'S-subgroup',
      'S-maingroup',
      'S-subclass',
      'S-class',
      'S-section',
      'S-none',
    ]);
    const ipcText = (id: string) =>
      signalOf(
        results.find((r) => r.id === id),
        'ipc',
      )?.text;
    expect(ipcText('S-maingroup')).toBe('IPC 同属大组 H01M 50/00（需求 H01M 50/403，专利 H01M 50/411）');
    expect(ipcText('S-subclass')).toContain('同属小类 H01M');
    expect(ipcText('S-none')).toContain('IPC 不同');
  });

  it('says nothing of IPC when the need names none, and never docks a listing that gives none', () => {
    const engine = engineWith(
      listing('L-ipc', '一种锂离子电池隔膜', { ipc: ['H01M 50/403'] }),
      listing('L-none', '一种锂离子电池隔膜'),
    );

    const unstated = engine.matchNeed(need(), { limit: 10 });
    const stated = engine.matchNeed(need({ ipc: ['H01M 50/403'] }), { limit: 10 });

    // No IPC stated: no IPC sentence and no IPC points for anyone, so both rank on their text alike.
    expect(unstated.every((r) => signalOf(r, 'ipc') === undefined)).toBe(true);
    const score = (results: MatchResult[], id: string) => results.find((r) => r.id === id)!.score;
    expect(score(unstated, 'L-ipc')).toBe(score(unstated, 'L-none'));
    // Stated: agreement earns points; a listing without IPC gets the neutral half, not zero.
    expect(
      signalOf(
        stated.find((r) => r.id === 'L-none'),
        'ipc',
      ),
    ).toMatchObject({
      contribution: 10,
      text: '专利未填 IPC 分类号，不作比较',
    });
    expect(
      signalOf(
        stated.find((r) => r.id === 'L-ipc'),
        'ipc',
      )?.contribution,
    ).toBe(20);
  });

  it('prices the licence over the need’s three years against its budget', () => {
    const engine = engineWith(
      listing('L-lump', '一种锂离子电池隔膜'),
      listing('L-running', '锂离子电池耐热隔膜', {
        royalty: {
          method: 'entry_fee_plus_royalty',
          entryFeeFen: 3_000_000,
          base: 'net_sales',
          ratePercent: 3,
        },
      }),
      listing('L-dear', '耐热锂离子电池隔膜材料', { royalty: { method: 'lump_sum', amountFen: 90_000_000 } }),
    );

    const results = engine.matchNeed(need(), { limit: 10 });
    const price = (id: string) =>
      signalOf(
        results.find((r) => r.id === id),
        'price',
      );

    expect(price('L-lump')?.evidence).toEqual(['¥48,000 / ¥200,000 预算']);
    expect(price('L-lump')?.text).toBe(
      '按需求的 3 年期限，许可费 ¥48,000（¥48,000 / ¥200,000 预算），在预算之内',
    );
    expect(price('L-lump')?.contribution).toBe(10);
    expect(price('L-running')?.text).toContain('另按净销售额 3% 提成');
    expect(price('L-running')?.evidence).toEqual(['¥30,000 / ¥200,000 预算']);
    expect(price('L-dear')?.text).toContain('超出预算');
    expect(price('L-dear')?.contribution).toBe(0);
  });

  it('counts instalments only within the three years from today', () => {
    const engine = engineWith(
      listing('L1', '一种锂离子电池隔膜', {
        royalty: {
          method: 'instalments',
          totalFen: 3_000_000,
          schedule: [
            { dueAfterMonths: 0, amountFen: 1_000_000 },
            { dueAfterMonths: 12, amountFen: 1_000_000 },
            { dueAfterMonths: 60, amountFen: 1_000_000 },
          ],
        },
        period: { start: '2026-01-15', end: '2036-01-14' },
      }),
    );

    const [top] = engine.matchNeed(need(), { limit: 1 });

    expect(signalOf(top, 'price')?.evidence).toEqual(['¥20,000 / ¥200,000 预算']);
  });

  it('matches listings only to needs that take an open or ordinary licence, both ways', () => {
    const engine = engineWith(listing('L1', '一种锂离子电池隔膜'));
    const transferOnly = need({ id: 'N-transfer', dealTypes: ['transfer', 'equity'] });
    engine.upsertNeed(transferOnly);

    const [open] = engine.matchNeed(need({ dealTypes: ['ordinary_license', 'transfer'] }), { limit: 1 });

    expect(signalOf(open, 'dealType')).toMatchObject({
      contribution: 5,
      text: '需求接受普通许可，与开放许可相符',
    });
    expect(engine.matchNeed(transferOnly, { limit: 10 })).toEqual([]);
    expect(ids(engine.matchListing(listing('L1', '一种锂离子电池隔膜'), { limit: 10 }))).not.toContain(
      'N-transfer',
    );
  });

  it('prefers the same city to the same province to elsewhere', () => {
    const title = '一种锂离子电池隔膜';
    const engine = engineWith(
      listing('R-city', title, { regionCode: '430102' }),
      listing('R-province', title, { regionCode: '430203' }),
      listing('R-far', title, { regionCode: '440300' }),
    );

    const results = engine.matchNeed(need(), { limit: 20 });

    expect(ids(results).filter((id) => id.startsWith('R-'))).toEqual(['R-city', 'R-province', 'R-far']);
    const region = (id: string) =>
      signalOf(
        results.find((r) => r.id === id),
        'region',
      )?.text;
    expect(region('R-city')).toBe('需求方与专利权人同在长沙市');
    expect(region('R-province')).toBe('需求方与专利权人同在湖南省');
    expect(region('R-far')).toBe('需求方在湖南省，专利权人在广东省');
  });

  it('lowers a field the enterprise called wrong, says so, and never returns excluded listings', () => {
    const engine = engineWith(
      listing('L-battery', '一种锂离子电池隔膜', { ipc: ['H01M 50/403'] }),
      listing('L-capacitor', '一种锂离子电容器隔膜', { ipc: ['H01G 11/52'] }),
      listing('L-known', '一种锂离子电池隔膜及其制备方法', { ipc: ['H01M 50/409'] }),
    );
    const base = need({ ipc: ['H01'] });
    const before = ids(engine.matchNeed(base, { limit: 3 }));
    const adjustments: FeedbackAdjustments = { penalisedIpc: { H01M: 1 }, excludedListings: ['L-known'] };

    const after = engine.matchNeed(base, { limit: 3, adjustments });

    expect(before.slice(0, 2).sort()).toEqual(['L-battery', 'L-known']);
    expect(ids(after)[0]).toBe('L-capacitor');
    expect(ids(after)).not.toContain('L-known');
    const feedback = signalOf(
      after.find((r) => r.id === 'L-battery'),
      'feedback',
    );
    expect(feedback).toMatchObject({ contribution: -15, evidence: ['H01M'] });
    expect(feedback?.text).toBe('该企业曾反馈 H01M 领域不对口（1 次），已降权');
    expect(after.find((r) => r.id === 'L-battery')?.explanation.summary).toContain('已降权');
  });
});

describe('MatchEngine listing → needs', () => {
  const needs: NeedFeatures[] = [
    need(),
    need({
      id: 'N2',
      enterpriseOrgId: 'ORG-E2',
      title: '混凝土搅拌站粉尘治理',
      description: '搅拌站粉尘大，需要除尘方案。',
      targets: [],
    }),
    need({
      id: 'N3',
      enterpriseOrgId: 'ORG-E3',
      title: '动力电池隔膜国产化',
      description: '寻求锂离子电池隔膜的涂覆工艺。',
      targets: [],
    }),
  ];
  const battery = listing('L1', '一种耐热锂离子电池隔膜', { ipc: ['H01M 50/403'] });

  it('finds the needs a listing suits, with the same score and explanation as the other way', () => {
    const engine = engineWith(battery);
    for (const n of needs) engine.upsertNeed(n);

    const results = engine.matchListing(battery, { limit: 5 });

    expect(ids(results)).toEqual(expect.arrayContaining(['N1', 'N3']));
    expect(ids(results)).not.toContain('N2');
    for (const result of results) {
      const n = needs.find((x) => x.id === result.id)!;
      const forward = engine.matchNeed(n, { limit: 20 }).find((r) => r.id === 'L1');
      expect(forward).toEqual({ ...result, id: 'L1' });
    }
  });

  it('applies each enterprise’s own feedback', () => {
    const engine = engineWith(battery);
    for (const n of needs) engine.upsertNeed(n);
    const adjustments: Record<string, FeedbackAdjustments> = {
      'ORG-E1': { penalisedIpc: {}, excludedListings: ['L1'] },
      'ORG-E3': { penalisedIpc: { H01M: 2 }, excludedListings: [] },
    };

    const results = engine.matchListing(battery, { limit: 5, adjustmentsFor: (org) => adjustments[org] });

    expect(ids(results)).toEqual(['N3']);
    expect(signalOf(results[0], 'feedback')?.contribution).toBe(-30);
  });
});

describe('MatchEngine snapshot', () => {
  it('round-trips to an engine giving identical results both ways', () => {
    const engine = engineWith(
      listing('L1', '一种耐热锂离子电池隔膜', { ipc: ['H01M 50/403'], industryChains: ['新能源汽车'] }),
      listing('B1', '锂离子电池隔膜专利包', { kind: 'bundle', ipc: ['H01M 50/409', 'H01M 10/0525'] }),
    );
    engine.upsertNeed(need());
    engine.removeListing('F8');

    const loaded = MatchEngine.load(engine.serialise(), { now: NOW });

    expect(loaded.listingCount).toBe(engine.listingCount);
    expect(loaded.needCount).toBe(1);
    expect(loaded.matchNeed(need(), { limit: 10 })).toEqual(engine.matchNeed(need(), { limit: 10 }));
    const l1 = listing('L1', '一种耐热锂离子电池隔膜', {
      ipc: ['H01M 50/403'],
      industryChains: ['新能源汽车'],
    });
    expect(loaded.matchListing(l1, { limit: 5 })).toEqual(engine.matchListing(l1, { limit: 5 }));
  });

  it('is deterministic: the same inputs give the same bytes', () => {
    const build = () => engineWith(listing('L1', '一种耐热锂离子电池隔膜', { ipc: ['H01M 50/403'] }));

    expect(build().serialise()).toEqual(build().serialise());
  });

  it('removes listings and needs', () => {
    const engine = engineWith(listing('L1', '一种耐热锂离子电池隔膜'));
    engine.upsertNeed(need());

    expect(engine.removeListing('L1')).toBe(true);
    expect(engine.removeListing('L1')).toBe(false);
    expect(engine.removeNeed('N1')).toBe(true);
    expect(ids(engine.matchNeed(need(), { limit: 10 }))).not.toContain('L1');
    expect(engine.needCount).toBe(0);
  });
});
