import * as z from 'zod/mini';
import { compact } from './normalise.ts';

/** GB/T 2260 provincial-level divisions by two-digit prefix (34, including Taiwan, Hong Kong and Macao). */
export const PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

/** Prefecture-level divisions the demo and the Hunan pilot need: Hunan's 14, plus Wuhan and Shenzhen. */
export const PREFECTURES: Readonly<Record<string, string>> = {
  '430100': '长沙市',
  '430200': '株洲市',
  '430300': '湘潭市',
  '430400': '衡阳市',
  '430500': '邵阳市',
  '430600': '岳阳市',
  '430700': '常德市',
  '430800': '张家界市',
  '430900': '益阳市',
  '431000': '郴州市',
  '431100': '永州市',
  '431200': '怀化市',
  '431300': '娄底市',
  '433100': '湘西土家族苗族自治州',
  '420100': '武汉市',
  '440300': '深圳市',
};

export interface RegionCode {
  code: string;
  /** The province's own six-digit code, e.g. `430000`. */
  provinceCode: string;
  provinceName: string;
  /** Set when the code is, or lies within, a prefecture in {@link PREFECTURES}. */
  cityName?: string;
}

export type RegionCodeFailure = 'format' | 'unknown_province';

export type RegionCodeResult = { ok: true; value: RegionCode } | { ok: false; reason: RegionCodeFailure };

/**
 * Parses a six-digit administrative division code. A county code such as 430104 (岳麓区) resolves to its
 * prefecture's name.
 *
 * @example parseRegionCode('430104') // { ok: true, value: { code: '430104', provinceCode: '430000', provinceName: '湖南省', cityName: '长沙市' } }
 */
export function parseRegionCode(input: string): RegionCodeResult {
  const code = compact(input);
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'format' };
  const prefix = code.slice(0, 2);
  const provinceName = PROVINCES[prefix];
  if (provinceName === undefined) return { ok: false, reason: 'unknown_province' };
  const value: RegionCode = { code, provinceCode: `${prefix}0000`, provinceName };
  const cityName = PREFECTURES[`${code.slice(0, 4)}00`];
  if (cityName !== undefined) value.cityName = cityName;
  return { ok: true, value };
}

export function isValidRegionCode(input: string): boolean {
  return parseRegionCode(input).ok;
}

const REGION_CODE_MESSAGES: Record<RegionCodeFailure, string> = {
  format: '行政区划代码应为6位数字 / administrative division code must be 6 digits',
  unknown_province:
    '行政区划代码的省级代码不存在 / administrative division code has an unknown province prefix',
};

/** Accepts a six-digit division code with a known province prefix and outputs it without spacing. */
export const RegionCodeSchema = z.pipe(
  z.string(),
  z.transform((input, ctx) => {
    const result = parseRegionCode(input);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        input,
        message: REGION_CODE_MESSAGES[result.reason],
        params: { reason: result.reason },
      });
      return z.NEVER;
    }
    return result.value.code;
  }),
);
