import { chinaYear, type Need } from '@openlicense/domain';
import { MatchEngine } from '@openlicense/matching';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../support/declaration-input.ts';
import { needOf } from '../support/need-input.ts';
import { matchOf } from '../support/push-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/**
 * What the server generates for display travels as codes with parameters (issue 13 item 7): a screen phrases
 * them in its own language, and the Chinese sentences stay for e-mails and exports.
 */
describe('server wording as codes (DynamoDB Local)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
  });

  it('sends quota targets with unit and basis codes, and a Chinese basis without an English tail', async () => {
    // Prepare
    const university = await api.member('university', 'admin');
    const agency = await api.member('agency', 'admin');
    const year = Number(chinaYear(new Date()));

    // Act
    const ofUniversity = await api.request(`/api/quotas?year=${year}`, { token: university.token });
    const ofAgency = await api.request(`/api/quotas?year=${year}`, { token: agency.token });

    // Assess
    expect(ofUniversity.status).toBe(200);
    const u = (await ofUniversity.json()) as { targets: Record<string, unknown>[] };
    expect(u.targets).toEqual([
      expect.objectContaining({
        key: 'conversion_count',
        unitCode: 'times',
        basisCode: 'first_conversion',
        basisParams: { lastYear: 0, growthPercent: 20 },
        basis: '上年无转化，本年有转化即达标',
      }),
      expect.objectContaining({
        key: 'conversion_fen',
        unitCode: 'fen',
        basisCode: 'first_conversion_amount',
        basisParams: { lastYear: 0, growthPercent: 20 },
      }),
    ]);
    const a = (await ofAgency.json()) as { targets: Record<string, unknown>[] };
    expect(a.targets.map((t) => [t.key, t.unitCode])).toEqual([
      ['precise_pushes', 'times'],
      ['events_held', 'events'],
      ['brokered_deals', 'items'],
    ]);
    expect(a.targets[2]?.either).toMatchObject({ key: 'brokered_fen', unitCode: 'fen' });
  });

  it('sends a match’s explanation with a reason code per signal and the one-liner’s facts, as the engine computed them', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const university = await api.member('university', 'member');
    const declaration = declarationRecordOf(university.org.id, { status: 'published' });
    await table.store.declarations.create(declaration);
    const need: Need = { ...needOf(enterprise.org.id), status: 'open' };
    await table.store.needs.create(need);
    const engine = new MatchEngine({ now: () => new Date('2026-01-15T02:00:00Z') });
    engine.upsertListing({
      id: declaration.id,
      kind: 'listing',
      title: '一种耐热锂离子电池隔膜',
      keywords: ['隔膜'],
      ipc: ['H01M 50/403'],
      industryChains: ['新能源汽车'],
      regionCode: '430104',
      holderName: '中南大学',
      royalty: { method: 'lump_sum', amountFen: 4_800_000 },
      period: { start: '2025-07-01', end: '2030-06-30' },
    });
    const [result] = engine.matchNeed(
      {
        id: need.id,
        enterpriseOrgId: enterprise.org.id,
        title: '锂离子电池隔膜的耐热改性',
        description: '现有聚乙烯隔膜在高温下收缩，需要提高隔膜耐热性能。',
        targets: [],
        industryChains: ['新能源汽车'],
        dealTypes: ['open_license'],
        regionCode: '430104',
      },
      { limit: 1 },
    );
    expect(result).toBeDefined();
    await table.store.matches.replaceForNeed(need.id, [
      matchOf(need.id, declaration.id, {
        score: result!.score,
        enterpriseOrgId: enterprise.org.id,
        explanation: result!.explanation,
      }),
    ]);

    // Act
    const res = await api.request(`/api/needs/${need.id}/matches`, { token: enterprise.token });

    // Assess
    expect(res.status).toBe(200);
    const [match] = (await res.json()).items as Array<{
      explanation: {
        headline?: { reasons: string[]; holderName: string; listingKind: string };
        signals: Array<{ signal: string; text: string; reason?: { code: string; params: object } }>;
      };
    }>;
    const { headline, signals } = match!.explanation;
    expect(headline).toMatchObject({ holderName: '中南大学', listingKind: 'listing' });
    expect(headline?.reasons.length).toBeGreaterThan(0);
    for (const signal of signals) expect(signal.reason, signal.signal).toBeDefined();
    expect(signals.find((s) => s.signal === 'region')?.reason).toEqual({
      code: 'region_same_city',
      params: { region: '430100' },
    });
    expect(signals.find((s) => s.signal === 'chain')?.reason).toEqual({
      code: 'chain_shared',
      params: { chains: ['新能源汽车'] },
    });
    // The Chinese sentence stays beside the code, for e-mails and exports.
    expect(signals.find((s) => s.signal === 'region')?.text).toBe('需求方与专利权人同在长沙市');
  });
});
