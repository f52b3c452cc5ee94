import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { aPatent } from './patent.fixture.ts';
import {
  type Patent,
  PatentInputSchema,
  type PatentLegalStatus,
  PatentSchema,
  patentInForce,
  samePatentContent,
  toPatent,
  updatePatent,
} from './patent.ts';

const raw = (overrides: Record<string, unknown> = {}) => ({
  number: 'ZL 201710601862．3',
  title: '  一种锂离子电池正极材料的制备方法 ',
  keywords: ['锂电池', '正极', '锂电池'],
  industryChains: ['新能源'],
  ipc: ['h01m4/131', 'H01M 4/131', 'H01M 10/0525'],
  patentees: [{ name: '湘江大学', orgId: 'org-uni' }],
  inventors: ['张三', '李四'],
  filingDate: '2017-07-26',
  grantDate: '2020-03-10',
  legal: { annualFee: 'paid' },
  ...overrides,
});

const messageAt = (input: unknown, path: string) =>
  PatentInputSchema.safeParse(input).error?.issues.find((issue) => issue.path.join('.') === path)?.message;

describe('PatentInputSchema', () => {
  it('canonicalises the number and IPC codes and drops repeated keywords and codes', () => {
    // Act
    const input = PatentInputSchema.parse(raw());

    // Assess
    expect(input).toMatchObject({
      number: '201710601862.3',
      title: '一种锂离子电池正极材料的制备方法',
      keywords: ['锂电池', '正极'],
      ipc: ['H01M 4/131', 'H01M 10/0525'],
      legal: { annualFee: 'paid', proceedingsSuspended: false },
    });
  });

  it('refuses a grant date before the filing date in Chinese then English', () => {
    expect(messageAt(raw({ grantDate: '2017-07-25' }), 'grantDate')).toBe(
      '授权日不能早于申请日 / grant date is before filing date',
    );
  });

  it('refuses a filing date later than the year in the number', () => {
    expect(messageAt(raw({ filingDate: '2018-01-02', grantDate: undefined }), 'filingDate')).toContain(
      '申请日晚于专利号所示年份 2017',
    );
  });

  it('accepts a filing date earlier than the number year, as for a divisional application', () => {
    expect(PatentInputSchema.safeParse(raw({ filingDate: '2015-05-05' })).success).toBe(true);
  });

  it.each([
    ['number', { number: 'ZL201710601862.4' }, '专利号校验位错误 / patent number check digit is wrong'],
    ['title', { title: ' ' }, '请填写专利名称 / title is required'],
    ['patentees', { patentees: [] }, '至少填写一个专利权人 / at least one patentee is required'],
    [
      'patentees',
      { patentees: [{ name: '甲' }, { name: '甲' }] },
      '专利权人不能重复 / patentees must not repeat',
    ],
    ['ipc.0', { ipc: ['Z99'] }, 'IPC部应为A–H / IPC section must be A to H'],
    [
      'feeReductionPercent',
      { feeReductionPercent: 101 },
      '年费减缴比例应在 0–100 之间 / feeReductionPercent must be 0 to 100',
    ],
    ['filingDate', { filingDate: '2017-02-30' }, '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD'],
  ])('refuses a bad %s with a bilingual message', (path, overrides, message) => {
    expect(messageAt(raw(overrides), path)).toBe(message);
  });
});

describe('toPatent', () => {
  it('derives the type and expiry and starts at version 1', () => {
    // Prepare
    const input = PatentInputSchema.parse(raw());

    // Act
    const patent = toPatent(input, 'org-uni', '2025-01-01T00:00:00.000Z');

    // Assess
    expect(patent).toMatchObject({
      type: 'invention',
      expiryDate: '2037-07-25',
      holderOrgId: 'org-uni',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      version: 1,
    });
    expect(PatentSchema.parse(patent)).toEqual(patent);
  });

  it('gives a design filed after 2021-06-01 a 15-year term', () => {
    const input = PatentInputSchema.parse(
      raw({ number: '202130123456.8', filingDate: '2021-07-01', grantDate: '2022-01-04' }),
    );

    expect(toPatent(input, 'org-uni', 'now')).toMatchObject({ type: 'design', expiryDate: '2036-06-30' });
  });
});

describe('updatePatent', () => {
  it('replaces the editable fields, keeps the creation stamp and bumps the version', () => {
    // Prepare
    const patent = aPatent();
    const input = PatentInputSchema.parse(raw({ title: '新名称' }));

    // Act
    const updated = updatePatent(patent, input, 'later');

    // Assess
    expect(updated).toMatchObject({
      title: '新名称',
      createdAt: patent.createdAt,
      updatedAt: 'later',
      version: 2,
    });
  });

  it('refuses to change the number with 409', () => {
    const input = PatentInputSchema.parse(raw({ number: '201810234567.3', filingDate: '2018-01-01' }));

    expect(() => updatePatent(aPatent(), input, 'later')).toThrow(
      expect.objectContaining({ code: 'number_mismatch', status: 409 }) as DomainError,
    );
  });
});

describe('patentInForce', () => {
  const today = '2025-06-01';
  const legal = (overrides: Partial<PatentLegalStatus>): PatentLegalStatus => ({
    annualFee: 'paid',
    proceedingsSuspended: false,
    ...overrides,
  });

  it.each<[string, Partial<Patent>, ReturnType<typeof patentInForce>]>([
    ['a granted patent with fees paid', {}, { inForce: true }],
    ['a patent in the late-fee window', { legal: legal({ annualFee: 'late_window' }) }, { inForce: true }],
    ['an application not yet granted', { grantDate: undefined }, { inForce: false, reason: 'not_granted' }],
    ['a grant dated after today', { grantDate: '2025-06-02' }, { inForce: false, reason: 'not_granted' }],
    ['an expired patent', { expiryDate: '2025-05-31' }, { inForce: false, reason: 'expired' }],
    ['a patent on its last day', { expiryDate: '2025-06-01' }, { inForce: true }],
    [
      'a patent whose fees lapsed',
      { legal: legal({ annualFee: 'lapsed' }) },
      { inForce: false, reason: 'lapsed' },
    ],
    [
      'an invalidated patent, before any other reason',
      { expiryDate: '2020-01-01', legal: legal({ annualFee: 'lapsed', invalidated: true }) },
      { inForce: false, reason: 'invalidated' },
    ],
  ])('answers for %s', (_name, overrides, expected) => {
    // Prepare
    const patent = aPatent(overrides);

    // Act / Assess
    expect(patentInForce(patent, today)).toEqual(expected);
  });
});

describe('samePatentContent', () => {
  it('treats a re-import of the same row as unchanged, whatever the spelling or key order', () => {
    // Prepare
    const stored = toPatent(PatentInputSchema.parse(raw()), 'org-uni', 'then');
    const reimported = PatentInputSchema.parse({
      ...raw(),
      number: '2017106018623',
      ipc: ['H01M4/131', 'H01M10/0525'],
    });

    // Act / Assess
    expect(samePatentContent(stored, reimported)).toBe(true);
  });

  it.each([
    ['title', { title: '另一个名称' }],
    ['legal status', { legal: { annualFee: 'late_window' } }],
    ['inventor order', { inventors: ['李四', '张三'] }],
    ['an added abstract', { abstract: '摘要' }],
  ])('sees a change in %s', (_name, overrides) => {
    const before = PatentInputSchema.parse(raw());
    const after = PatentInputSchema.parse(raw(overrides));

    expect(samePatentContent(before, after)).toBe(false);
  });
});
