import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  interpolate,
  LOCALE_STORAGE_KEY,
  LOCALES,
  loadLocale,
  messages,
  saveLocale,
  setLocale,
  t,
} from './messages.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('message catalogue', () => {
  afterEach(() => setLocale(DEFAULT_LOCALE));

  it('has exactly the same keys in every locale', () => {
    // Prepare
    const zhKeys = Object.keys(messages['zh-CN']).sort();

    // Assess
    for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort()).toEqual(zhKeys);
  });

  it('has no empty or blank strings', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(messages[locale]))
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both locales', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(messages['zh-CN'])) {
      expect(placeholders(messages.en[key as keyof typeof messages.en]), key).toEqual(placeholders(zh));
    }
  });

  it('names the organisation types, roles and statuses as the domain does', () => {
    const zh = messages['zh-CN'];
    expect([
      zh['org.type.university'],
      zh['org.type.enterprise'],
      zh['org.type.agency'],
      zh['org.type.park'],
      zh['org.type.ip_office'],
    ]).toEqual(['高校院所', '企业', '服务机构', '园区', '知识产权局']);
    expect([zh['org.role.admin'], zh['org.role.member']]).toEqual(['管理员', '成员']);
    expect([zh['org.status.pending'], zh['org.status.approved'], zh['org.status.rejected']]).toEqual([
      '待审核',
      '已通过',
      '已驳回',
    ]);
  });

  it('names ledger statuses and screens as the users’ own ledgers do', () => {
    const zh = messages['zh-CN'];
    expect([zh['patent.fee.paid'], zh['patent.fee.late_window'], zh['patent.fee.lapsed']]).toEqual([
      '已缴',
      '滞纳期',
      '已失效',
    ]);
    expect(zh['patent.badge.pledged']).toBe('质押');
    expect(zh['patent.badge.suspended']).toBe('程序中止');
    expect(zh['patent.badge.expired']).toBe('已过期');
    expect(interpolate(zh['patent.badge.exclusive'], { until: '2027-01-01' })).toContain('独占许可中');
    expect(interpolate(zh['patent.badge.sole'], { until: '2027-01-01' })).toContain('排他许可中');
    expect([zh['nav.patents'], zh['nav.needLedger'], zh['nav.needManagement'], zh['nav.clients']]).toEqual([
      '专利台账',
      '技术需求台账',
      '需求管理',
      '我服务的企业',
    ]);
    expect([zh['import.errors.row'], zh['import.errors.column'], zh['import.errors.message']]).toEqual([
      '行',
      '列',
      '问题',
    ]);
  });

  it('translates in zh-CN by default', () => {
    expect(t('app.title')).toBe('开放许可专利供需平台');
  });

  it('translates in the locale that was set', () => {
    // Act
    setLocale('en');

    // Assess
    expect(t('nav.review')).toBe('Applications');
  });

  it('interpolates {name} parameters', () => {
    expect(t('home.title', { name: '张三' })).toBe('你好，张三');
    expect(t('error.http', { status: 503 })).toBe('请求失败（HTTP 503）');
  });

  it('leaves unknown placeholders visible instead of printing undefined', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(interpolate('no params {x}')).toBe('no params {x}');
  });
});

describe('locale storage', () => {
  it('defaults to zh-CN when nothing is saved', () => {
    expect(loadLocale(memoryStorage())).toBe('zh-CN');
    expect(loadLocale(undefined)).toBe('zh-CN');
  });

  it('ignores an unknown saved locale', () => {
    expect(loadLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' }))).toBe('zh-CN');
  });

  it('round-trips the chosen locale', () => {
    // Prepare
    const storage = memoryStorage();

    // Act
    saveLocale(storage, 'en');

    // Assess
    expect(loadLocale(storage)).toBe('en');
  });

  it('falls back to zh-CN when storage throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadLocale(throwing)).toBe('zh-CN');
  });
});
