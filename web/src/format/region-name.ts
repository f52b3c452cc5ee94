import { PREFECTURES, PROVINCES } from '@openlicense/domain/validation/region-code';
import type { Locale } from '../i18n/messages.ts';

/** GB/T 2260 provincial-level names in English, by two-digit prefix (the same 34 as the domain's table). */
const PROVINCES_EN: Readonly<Record<string, string>> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei',
  '14': 'Shanxi',
  '15': 'Inner Mongolia',
  '21': 'Liaoning',
  '22': 'Jilin',
  '23': 'Heilongjiang',
  '31': 'Shanghai',
  '32': 'Jiangsu',
  '33': 'Zhejiang',
  '34': 'Anhui',
  '35': 'Fujian',
  '36': 'Jiangxi',
  '37': 'Shandong',
  '41': 'Henan',
  '42': 'Hubei',
  '43': 'Hunan',
  '44': 'Guangdong',
  '45': 'Guangxi',
  '46': 'Hainan',
  '50': 'Chongqing',
  '51': 'Sichuan',
  '52': 'Guizhou',
  '53': 'Yunnan',
  '54': 'Tibet',
  '61': 'Shaanxi',
  '62': 'Gansu',
  '63': 'Qinghai',
  '64': 'Ningxia',
  '65': 'Xinjiang',
  '71': 'Taiwan',
  '81': 'Hong Kong',
  '82': 'Macao',
};

/** The prefectures the domain names (Hunan's 14, Wuhan, Shenzhen), in English. */
const PREFECTURES_EN: Readonly<Record<string, string>> = {
  '430100': 'Changsha',
  '430200': 'Zhuzhou',
  '430300': 'Xiangtan',
  '430400': 'Hengyang',
  '430500': 'Shaoyang',
  '430600': 'Yueyang',
  '430700': 'Changde',
  '430800': 'Zhangjiajie',
  '430900': 'Yiyang',
  '431000': 'Chenzhou',
  '431100': 'Yongzhou',
  '431200': 'Huaihua',
  '431300': 'Loudi',
  '433100': 'Xiangxi',
  '420100': 'Wuhan',
  '440300': 'Shenzhen',
};

/**
 * A six-digit region code's name for the reader: the prefecture when the code is one (`430100`), else its
 * province; the code itself when neither is known.
 *
 * @example regionName('430100', 'en') // 'Changsha'
 * @example regionName('430000', 'zh-CN') // '湖南省'
 */
export function regionName(code: string, locale: Locale): string {
  const prefecture = `${code.slice(0, 4)}00`;
  const province = code.slice(0, 2);
  const english = locale === 'en';
  if (!code.endsWith('0000')) {
    const city = english ? PREFECTURES_EN[prefecture] : PREFECTURES[prefecture];
    if (city) return city;
  }
  return (english ? PROVINCES_EN[province] : PROVINCES[province]) ?? code;
}

/** Whether every region the domain names has an English name (a test holds the tables together). */
export const regionTablesAgree = (): boolean =>
  Object.keys(PROVINCES).every((code) => code in PROVINCES_EN) &&
  Object.keys(PREFECTURES).every((code) => code in PREFECTURES_EN);
