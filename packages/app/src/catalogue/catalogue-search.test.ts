import type { DeclarationRecord } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { CatalogueIndex, type ListingQuery } from './catalogue-index.ts';
import { parseKeywordQuery } from './keyword-query.ts';

const TODAY = '2026-06-01';
let serial = 0;

/** A published declaration of `patentNumber`, published one minute after the previous one. */
function published(patentNumber: string, listing: Partial<DeclarationRecord['listing']>): DeclarationRecord {
  serial++;
  const id = `01JY${String(serial).padStart(22, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1) + serial * 60_000).toISOString();
  return {
    id,
    patentNumber,
    holderOrgId: 'ORG1',
    patentees: [{ name: '湘江大学', orgId: 'ORG1' }],
    patentType: 'invention',
    status: 'published',
    royalty: { method: 'lump_sum', amountFen: 1_000_000 },
    royaltyEstimationNote: '参考同类专利近三年许可费率确定',
    period: { start: '2026-01-01', end: '2028-12-31' },
    scope: '制造、使用、销售本专利产品',
    territory: '中国大陆',
    contact: { name: '王老师', phone: '13800138000', email: 'tech@test.cn' },
    coOwnerConsents: [],
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    version: 3,
    listing: {
      title: '一种混凝土搅拌设备',
      keywords: [],
      ipc: ['B28C 5/00'],
      industryChains: ['工程机械'],
      patentExpiryDate: '2039-03-14',
      lapseDate: '2028-12-31',
      holderName: '湘江大学',
      holderRegionCode: '430104',
      holderType: 'university',
      ...listing,
    },
  } satisfies DeclarationRecord;
}

// Patent numbers with their check digits (DOMAIN.md: weighted sum mod 11).
const cathode = published('201811093527.8', {
  title: '一种高镍三元正极材料及其制备方法',
  keywords: ['锂离子电池', '正极材料'],
  ipc: ['H01M 4/525', 'H01M 10/0525'],
  industryChains: ['新能源汽车', '先进储能材料'],
});
const recycling = published('201710601862.3', {
  title: '废旧锂电池中有价金属的回收方法',
  keywords: ['湿法冶金'],
  ipc: ['H01M 10/54', 'C22B 7/00'],
  industryChains: ['先进储能材料'],
});
const crane = published('201910123456.7', {
  title: '一种起重机防摇摆控制方法',
  keywords: ['起重机'],
  ipc: ['B66C 13/06'],
  industryChains: ['工程机械'],
});
const lapsed = published('202010234567.0', {
  title: '一种锂硫电池隔膜',
  ipc: ['H01M 50/40'],
  industryChains: ['新能源汽车'],
  lapseDate: '2026-01-31',
});
const all = [cathode, recycling, crane, lapsed];

const index = (() => {
  const built = CatalogueIndex.empty();
  for (const record of all) built.apply(record);
  return built;
})();
const ids = (q: string, query: Partial<ListingQuery> = {}, from = index) =>
  from.search({ limit: 20, q, ...query }, TODAY).items.map((item) => item.id);

describe('catalogue keyword search: what people type', () => {
  it('finds the lithium listings for the single character 锂, title hits first, keyword-only hits too', () => {
    // The cathode names 锂 only in its keywords; the recycling patent in its title.
    expect(ids('锂')).toEqual([recycling.id, cathode.id]);
    expect(ids('锂', { industryChain: '新能源汽车' })).toEqual([cathode.id]);
    expect(ids('吊')).toEqual([]);
  });

  it('finds one character after a snapshot round trip as before it', () => {
    const loaded = CatalogueIndex.fromSnapshot(index.toSnapshot('2026-06-01T00:00:00Z')).index;
    expect(ids('锂', {}, loaded)).toEqual([recycling.id, cathode.id]);
    expect(ids('2018110935278', {}, loaded)).toEqual([cathode.id]);
  });

  it('finds a patent’s listing by its number with or without ZL, the dot or upper case', () => {
    for (const q of [
      '201811093527',
      'ZL201811093527.8',
      '201811093527.8',
      '2018110935278',
      'zl201811093527.8',
      'ZL 2018 1109 3527.8',
    ])
      expect(ids(q), q).toEqual([cathode.id]);
    // A valid number no listing holds finds nothing, not the listings sharing its digits.
    expect(ids('ZL201410123456.7')).toEqual([]);
    // Filters still apply.
    expect(ids('ZL201811093527.8', { patentType: 'utility_model' })).toEqual([]);
  });

  it('filters by an IPC symbol typed in the keyword box, at the level typed', () => {
    expect(ids('H01M')).toEqual([recycling.id, cathode.id]);
    expect(ids('h01m')).toEqual([recycling.id, cathode.id]);
    expect(ids('H01M 10/54')).toEqual([recycling.id]);
    expect(ids('H01M10/54')).toEqual([recycling.id]);
    expect(ids('H01M 10/00')).toEqual([recycling.id, cathode.id]);
    expect(ids('H01')).toEqual([recycling.id, cathode.id]);
    expect(ids('B66C')).toEqual([crane.id]);
    // Beside words: the words rank within the IPC.
    expect(ids('正极材料 H01M')).toEqual([cathode.id]);
    expect(ids('锂 H01M 10/54')).toEqual([recycling.id]);
  });

  it('counts the industry chains of the listings in force, most first', () => {
    expect(index.industryChains(TODAY)).toEqual([
      { chain: '先进储能材料', count: 2 },
      { chain: '工程机械', count: 1 },
      { chain: '新能源汽车', count: 1 },
    ]);
  });
});

describe('parseKeywordQuery', () => {
  it('reads patent numbers, IPC symbols, one character and words apart', () => {
    expect(parseKeywordQuery('zl201811093527.8')).toEqual({ kind: 'patent', number: '201811093527.8' });
    expect(parseKeywordQuery('Ｈ０１Ｍ　１０／５４')).toEqual({ kind: 'words', text: '', ipc: 'H01M 10/54' });
    expect(parseKeywordQuery('锂')).toEqual({ kind: 'words', text: '锂', char: '锂' });
    expect(parseKeywordQuery('锂电池')).toEqual({ kind: 'words', text: '锂电池' });
    // A number failing its check digit is not a patent number.
    expect(parseKeywordQuery('201811093527.5')).toEqual({ kind: 'words', text: '201811093527.5' });
    // Not IPC: a section letter alone, or a code glued into a latin word.
    expect(parseKeywordQuery('H')).toEqual({ kind: 'words', text: 'H' });
    expect(parseKeywordQuery('XH01M')).toEqual({ kind: 'words', text: 'XH01M' });
  });
});

describe('industry chain counts', () => {
  it('follow a listing published or withdrawn after they were counted', () => {
    const fresh = CatalogueIndex.empty();
    fresh.apply(crane);
    expect(fresh.industryChains(TODAY)).toEqual([{ chain: '工程机械', count: 1 }]);
    fresh.apply(cathode);
    expect(fresh.industryChains(TODAY)).toContainEqual({ chain: '新能源汽车', count: 1 });
    fresh.apply({ ...crane, status: 'withdrawn' });
    expect(fresh.industryChains(TODAY).map((c) => c.chain)).not.toContain('工程机械');
  });
});
