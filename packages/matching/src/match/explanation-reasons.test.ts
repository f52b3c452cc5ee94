import type { Royalty } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { MatchEngine } from './engine.ts';
import type { ListingFeatures, NeedFeatures, SignalExplanation } from './types.ts';

const NOW = () => new Date('2026-01-15T02:00:00Z');

function listing(id: string, title: string, overrides: Partial<ListingFeatures> = {}): ListingFeatures {
  return {
    id,
    kind: 'listing',
    title,
    abstract: `${title}，结构简单，成本低。`,
    keywords: [],
    ipc: [],
    industryChains: [],
    regionCode: '430104',
    holderName: '中南大学',
    royalty: {
      method: 'entry_fee_plus_royalty',
      entryFeeFen: 4_800_000,
      base: 'net_sales',
      ratePercent: 3,
    } as Royalty,
    period: { start: '2025-07-01', end: '2030-06-30' },
    ...overrides,
  };
}

const need: NeedFeatures = {
  id: 'N1',
  enterpriseOrgId: 'ORG-E1',
  title: '锂离子电池隔膜的耐热改性',
  description: '企业生产锂离子电池，现有聚乙烯隔膜在高温下收缩，需要提高隔膜耐热性能。',
  targets: ['150℃ 下热收缩率 ≤ 3%'],
  industryChains: ['新能源汽车'],
  ipc: ['H01M 50/411'],
  budget: { minFen: 5_000_000, maxFen: 20_000_000 },
  dealTypes: ['open_license', 'transfer'],
  regionCode: '430104',
};

function engineWith(...listings: ListingFeatures[]): MatchEngine {
  const engine = new MatchEngine({ now: NOW });
  engine.upsertListing(listing('F1', '一种混凝土搅拌设备', { ipc: ['B28C'] }));
  engine.upsertListing(listing('F2', '一种水稻种植机', { ipc: ['A01C'] }));
  engine.upsertListing(listing('F3', '一种电池外壳焊接装置', { ipc: ['B23K'] }));
  for (const l of listings) engine.upsertListing(l);
  return engine;
}

const family = (signal: SignalExplanation) => (signal.signal === 'dealType' ? 'deal_type' : signal.signal);

describe('match explanations as codes', () => {
  it('give every signal a reason code of its own family with the facts its sentence names', () => {
    // Prepare
    const engine = engineWith(
      listing('L1', '一种耐热锂离子电池隔膜', { ipc: ['H01M 50/403'], industryChains: ['新能源汽车'] }),
    );

    // Act
    const [top] = engine.matchNeed(need, {
      limit: 1,
      adjustments: { penalisedIpc: { H01M: 2 }, excludedListings: [] },
    });

    // Assess
    expect(top?.id).toBe('L1');
    const signals = top!.explanation.signals;
    for (const signal of signals)
      expect(signal.reason.code.startsWith(family(signal)), signal.signal).toBe(true);
    const reason = (name: string) => signals.find((s) => s.signal === name)?.reason;
    expect(reason('text')).toEqual({ code: 'text_terms', params: { terms: signals[0]!.evidence } });
    expect(reason('ipc')).toEqual({
      code: 'ipc_shared',
      params: {
        level: 'main_group',
        shared: 'H01M 50/00',
        needCode: 'H01M 50/411',
        listingCode: 'H01M 50/403',
      },
    });
    expect(reason('chain')).toEqual({ code: 'chain_shared', params: { chains: ['新能源汽车'] } });
    expect(reason('price')).toMatchObject({
      code: 'price',
      params: {
        cost: 'fee',
        years: 3,
        budget: 'within',
        maxFen: 20_000_000,
        runningBase: 'net_sales',
        runningRatePercent: 3,
      },
    });
    expect(reason('dealType')).toEqual({
      code: 'deal_type_accepts',
      params: { dealTypes: ['open_license'] },
    });
    expect(reason('region')).toEqual({ code: 'region_same_city', params: { region: '430100' } });
    expect(reason('feedback')).toEqual({
      code: 'feedback_penalised',
      params: { codes: ['H01M'], times: ['2'] },
    });
  });

  it('state the one-liner’s facts: score, kind, holder and the signals it joins, in its order', () => {
    // Prepare
    const engine = engineWith(listing('L1', '一种耐热锂离子电池隔膜', { industryChains: ['新能源汽车'] }));

    // Act
    const [top] = engine.matchNeed(need, { limit: 1 });

    // Assess
    const { headline, summary, signals } = top!.explanation;
    expect(headline).toMatchObject({ score: top!.score, listingKind: 'listing', holderName: '中南大学' });
    expect(headline.reasons.length).toBeGreaterThan(0);
    const joined = headline.reasons.map((name) => signals.find((s) => s.signal === name)!.text).join('；');
    expect(summary.endsWith(`：${joined}`)).toBe(true);
  });
});
