import { describe, expect, it } from 'vitest';
import { coveringOffice, coversRegion, jurisdictionPrefix } from './jurisdiction.ts';

describe('IP office jurisdiction by region-code prefix', () => {
  it.each([
    ['430000', '43'],
    ['430100', '4301'],
    ['430104', '430104'],
    ['431000', '4310'],
    ['110000', '11'],
    ['000000', ''],
  ])('strips trailing zero pairs: %s → "%s"', (office, prefix) => {
    expect(jurisdictionPrefix(office)).toBe(prefix);
  });

  it.each<[string | undefined, string, boolean]>([
    ['430000', '430104', true],
    ['430000', '430302', true],
    ['430000', '430100', true],
    ['430000', '350100', false],
    ['430100', '430104', true],
    ['430100', '430121', true],
    ['430100', '430100', true],
    ['430100', '430302', false],
    ['430100', '431000', false],
    ['430100', '350100', false],
    ['430100', '350104', false],
    ['430104', '430104', true],
    ['430104', '430102', false],
    ['431000', '431002', true],
    ['431000', '430100', false],
    ['000000', '430104', false],
    [undefined, '430104', false],
    ['430100', '', false],
    ['430100', '4301', false],
  ])('office %s covers %s: %s', (office, region, expected) => {
    expect(coversRegion(office, region)).toBe(expected);
  });

  const province = { orgId: 'HN', name: '湖南省知识产权局', regionCode: '430000' };
  const city = { orgId: 'CS', name: '长沙市市场监督管理局（知识产权局）', regionCode: '430100' };
  const fuzhou = { orgId: 'FZ', name: '福州市市场监督管理局（知识产权局）', regionCode: '350100' };

  it.each([
    ['430104', [province, city, fuzhou], 'CS'],
    ['430302', [province, city, fuzhou], 'HN'],
    ['350102', [province, city, fuzhou], 'FZ'],
    ['350102', [province, city], undefined],
    ['440300', [province, city, fuzhou], undefined],
  ])('sends an organisation of %s to the closest office covering it', (region, offices, expected) => {
    expect(coveringOffice(offices, region)?.orgId).toBe(expected);
  });
});
