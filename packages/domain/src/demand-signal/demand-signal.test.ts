import { describe, expect, it } from 'vitest';
import { FieldAlertInputSchema, isMondayInChina, isoWeekInChina } from './field-alert.ts';
import { type MarketNeedRow, prefectureCells, unmetCells } from './unmet-demand.ts';

const row = (over: Partial<MarketNeedRow>): MarketNeedRow => ({
  needId: 'n1',
  title: '固态电池电解质',
  ownerOrgId: 'e1',
  visibility: 'public',
  status: 'open',
  industryChains: ['先进储能材料'],
  ipc: ['H01M 10/052'],
  regionCode: '430405',
  dealTypes: ['open_license'],
  budgetBand: '10w_50w',
  unmet: true,
  firstSeenLiveAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('unmet demand cells', () => {
  it('counts unmet needs by chain and prefecture, with the deal types and budget bands asked', () => {
    const cells = unmetCells([
      row({ needId: 'a' }),
      row({
        needId: 'b',
        regionCode: '430400',
        dealTypes: ['transfer', 'open_license'],
        budgetBand: 'unspecified',
      }),
      row({ needId: 'c', unmet: false }),
      row({ needId: 'd', industryChains: [], regionCode: '430104' }),
    ]);
    expect(cells).toEqual([
      {
        chain: '',
        region: '430100',
        count: 1,
        dealTypes: { open_license: 1 },
        budgetBands: { '10w_50w': 1 },
      },
      {
        chain: '先进储能材料',
        region: '430400',
        count: 2,
        dealTypes: { open_license: 2, transfer: 1 },
        budgetBands: { '10w_50w': 1, unspecified: 1 },
      },
    ]);
  });
  it('sums the stored county cells into the same prefecture cells', () => {
    const rows = [
      row({ needId: 'a', regionCode: '430405' }),
      row({ needId: 'b', regionCode: '430421', dealTypes: ['transfer'], budgetBand: 'unspecified' }),
      row({ needId: 'c', regionCode: '430104' }),
    ];
    const counties = unmetCells(rows, (code) => code);
    expect(counties).toHaveLength(3);
    expect(prefectureCells(counties)).toEqual(unmetCells(rows));
  });
});

describe('field alerts', () => {
  it('refuses a subscription with no field, naming the field', () => {
    const result = FieldAlertInputSchema.safeParse({ ipcPrefixes: [], industryChains: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['industryChains']);
    const ok = FieldAlertInputSchema.parse({
      ipcPrefixes: ['h01m'],
      industryChains: [],
      email: 'tt@hnu.edu.cn',
    });
    expect(ok.ipcPrefixes).toEqual(['H01M']);
    expect(FieldAlertInputSchema.safeParse({ ...ok, email: 'nope' }).error?.issues[0]?.path).toEqual([
      'email',
    ]);
  });

  it('names the ISO week in China and knows its Monday', () => {
    expect(isoWeekInChina(new Date('2026-12-07T01:00:00Z'))).toBe('2026-W50');
    // Sunday 23:30 UTC is Monday 07:30 in China.
    expect(isoWeekInChina(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50');
    expect(isoWeekInChina(new Date('2026-01-01T04:00:00Z'))).toBe('2026-W01');
    expect(isMondayInChina(new Date('2026-12-06T23:30:00Z'))).toBe(true);
    expect(isMondayInChina(new Date('2026-12-07T17:00:00Z'))).toBe(false);
  });
});
