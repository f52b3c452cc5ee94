import { describe, expect, it } from 'vitest';
import {
  isValidRegionCode,
  PREFECTURES,
  PROVINCES,
  parseRegionCode,
  RegionCodeSchema,
} from './region-code.ts';

describe('parseRegionCode', () => {
  it('names the province and city of a prefecture code', () => {
    expect(parseRegionCode('430100')).toEqual({
      ok: true,
      value: { code: '430100', provinceCode: '430000', provinceName: '湖南省', cityName: '长沙市' },
    });
  });

  it('resolves a county code to its prefecture', () => {
    const result = parseRegionCode('430104');
    expect(result.ok && result.value.cityName).toBe('长沙市');
  });

  it('resolves a code in the Xiangxi autonomous prefecture', () => {
    const result = parseRegionCode('433101');
    expect(result.ok && result.value.cityName).toBe('湘西土家族苗族自治州');
  });

  it('leaves the city out for a province code', () => {
    expect(parseRegionCode('430000')).toEqual({
      ok: true,
      value: { code: '430000', provinceCode: '430000', provinceName: '湖南省' },
    });
  });

  it('accepts a known province whose cities are not tabulated', () => {
    const result = parseRegionCode('820000');
    expect(result.ok && result.value.provinceName).toBe('澳门特别行政区');
  });

  it.each(['', '43010', '4301000', '43O100', 'abcdef'])('rejects %j as not six digits', (input) => {
    expect(parseRegionCode(input)).toEqual({ ok: false, reason: 'format' });
  });

  it.each(['000000', '100000', '990100', '720000'])('rejects %s for its unknown province prefix', (input) => {
    expect(parseRegionCode(input)).toEqual({ ok: false, reason: 'unknown_province' });
  });

  it('reports validity as a boolean', () => {
    expect(isValidRegionCode('440300')).toBe(true);
    expect(isValidRegionCode('440')).toBe(false);
  });
});

describe('region tables', () => {
  it('lists the 34 provincial-level divisions', () => {
    expect(Object.keys(PROVINCES)).toHaveLength(34);
  });

  it('places every tabulated prefecture inside a tabulated province', () => {
    for (const code of Object.keys(PREFECTURES)) {
      expect(PROVINCES[code.slice(0, 2)]).toBeDefined();
    }
    expect(Object.keys(PREFECTURES).filter((code) => code.startsWith('43'))).toHaveLength(14);
  });
});

describe('RegionCodeSchema', () => {
  it('outputs the code', () => {
    expect(RegionCodeSchema.parse(' 430100 ')).toBe('430100');
  });

  it('explains an unknown province in Chinese then English', () => {
    const message = RegionCodeSchema.safeParse('990100').error?.issues[0]?.message;
    expect(message).toBe(
      '行政区划代码的省级代码不存在 / administrative division code has an unknown province prefix',
    );
  });
});
