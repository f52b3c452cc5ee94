import { describe, expect, it } from 'vitest';
import { aPatent, aUtilityModel } from '../patent/patent.fixture.ts';
import type { Patent } from '../patent/patent.ts';
import { aDeclarationInput } from './declaration.fixture.ts';
import type { DeclarationInput } from './declaration.ts';
import { checkDeclarable, DECLARATION_GUARD_TITLES } from './guards.ts';

const today = '2025-06-01';
const paid = { annualFee: 'paid', proceedingsSuspended: false } as const;

const errorCodes = (patent: Patent, input: DeclarationInput = aDeclarationInput()) =>
  checkDeclarable(patent, input, today).errors.map((issue) => issue.code);

describe('checkDeclarable', () => {
  it('passes a granted invention in force with clean terms', () => {
    expect(checkDeclarable(aPatent(), aDeclarationInput(), today)).toEqual({ errors: [], warnings: [] });
  });

  it.each<[string, Partial<Patent>, string[]]>([
    ['an application not yet granted', { grantDate: undefined }, ['patent_not_granted']],
    ['an expired patent', { expiryDate: '2025-05-31' }, ['patent_not_in_force', 'period_past_expiry']],
    ['an invalidated patent', { legal: { ...paid, invalidated: true } }, ['patent_not_in_force']],
    [
      'a patent lapsed for fees',
      { legal: { ...paid, annualFee: 'lapsed' } },
      ['patent_not_in_force', 'annual_fee_unpaid'],
    ],
    [
      'a fee in the late window',
      { legal: { ...paid, annualFee: 'late_window' } },
      ['annual_fee_late_window'],
    ],
    [
      'an exclusive licence running until today',
      { legal: { ...paid, exclusiveLicence: { kind: 'exclusive', until: today } } },
      ['exclusive_licence_in_force'],
    ],
    [
      'a sole licence running into next year',
      { legal: { ...paid, exclusiveLicence: { kind: 'sole', until: '2026-01-01' } } },
      ['exclusive_licence_in_force'],
    ],
    ['suspended proceedings', { legal: { ...paid, proceedingsSuspended: true } }, ['proceedings_suspended']],
    [
      'a pledge without the pledgee consenting',
      { legal: { ...paid, pledge: { pledgee: '长沙银行', pledgeeConsented: false } } },
      ['pledge_without_consent'],
    ],
    ['a patent expiring before the period ends', { expiryDate: '2028-06-29' }, ['period_past_expiry']],
  ])('refuses %s', (_name, overrides, codes) => {
    expect(errorCodes(aPatent(overrides))).toEqual(codes);
  });

  it.each<[string, Partial<Patent>]>([
    [
      'an exclusive licence that ended yesterday',
      { legal: { ...paid, exclusiveLicence: { kind: 'exclusive', until: '2025-05-31' } } },
    ],
    [
      'a pledge the pledgee consented to',
      { legal: { ...paid, pledge: { pledgee: '长沙银行', pledgeeConsented: true } } },
    ],
    ['a patent expiring on the last day of the period', { expiryDate: '2028-06-30' }],
  ])('allows %s', (_name, overrides) => {
    expect(errorCodes(aPatent(overrides))).toEqual([]);
  });

  it('accepts the pledgee consent given on the declaration', () => {
    const patent = aPatent({ legal: { ...paid, pledge: { pledgee: '长沙银行', pledgeeConsented: false } } });

    expect(errorCodes(patent, aDeclarationInput({ pledgeeConsent: true }))).toEqual([]);
  });

  describe('co-owners', () => {
    const coOwned = aPatent({
      patentees: [
        { name: '湘江大学', orgId: 'org-uni' },
        { name: '麓山公司', orgId: 'org-ls' },
        { name: '李四' },
      ],
    });

    it('names every co-owner who has not consented, but not the declaring holder', () => {
      // Prepare
      const input = aDeclarationInput({ coOwnerConsents: [{ name: '麓山公司', consented: false }] });

      // Act
      const [issue] = checkDeclarable(coOwned, input, today).errors;

      // Assess
      expect(issue).toEqual({
        code: 'co_owner_not_consented',
        field: 'coOwnerConsents',
        message: '请取得全部共有人同意：麓山公司、李四 / every co-owner must consent: 麓山公司, 李四',
      });
    });

    it('passes when every other co-owner consented', () => {
      const input = aDeclarationInput({
        coOwnerConsents: [
          { name: '麓山公司', consented: true },
          { name: '李四', consented: true, consentedAt: '2025-05-20' },
        ],
      });

      expect(errorCodes(coOwned, input)).toEqual([]);
    });

    it('needs the sole patentee to consent when it is not linked to the holder', () => {
      const patent = aPatent({ patentees: [{ name: '湘江大学' }] });

      expect(errorCodes(patent)).toEqual(['co_owner_not_consented']);
      expect(
        errorCodes(patent, aDeclarationInput({ coOwnerConsents: [{ name: '湘江大学', consented: true }] })),
      ).toEqual([]);
    });
  });

  describe('evaluation report', () => {
    const input = aDeclarationInput({
      patentNumber: '201920123456.5',
      period: { start: '2025-07-01', end: '2027-06-30' },
    });

    it('passes a utility model with a favourable report', () => {
      expect(errorCodes(aUtilityModel(), input)).toEqual([]);
    });

    it('refuses a utility model without a report, even when the declaration names one', () => {
      const patent = aUtilityModel({ evaluationReport: undefined });

      expect(errorCodes(patent, input)).toEqual(['evaluation_report_missing']);
      expect(errorCodes(patent, { ...input, evaluationReportReference: 'PJ-1' })).toEqual([
        'evaluation_report_missing',
      ]);
    });

    it('refuses a design with an unfavourable report', () => {
      const patent = aUtilityModel({
        type: 'design',
        evaluationReport: { reference: 'PJ-2', conclusion: 'unfavourable' },
      });

      expect(errorCodes(patent, input)).toEqual(['evaluation_report_unfavourable']);
    });

    it('does not ask for a report for an invention', () => {
      expect(errorCodes(aPatent({ evaluationReport: undefined }))).toEqual([]);
    });
  });

  it.each<[string, Partial<DeclarationInput>, string[]]>([
    [
      'a period of one year less a day',
      { period: { start: '2025-07-01', end: '2026-06-29' } },
      ['period_too_short'],
    ],
    ['a period of exactly one year', { period: { start: '2025-07-01', end: '2026-06-30' } }, []],
    [
      'a period starting yesterday',
      { period: { start: '2025-05-31', end: '2028-06-30' } },
      ['period_start_in_past'],
    ],
    ['a period starting today', { period: { start: today, end: '2028-06-30' } }, []],
    ['a number for another patent', { patentNumber: '201810234567.3' }, ['number_mismatch']],
  ])('checks the terms: %s', (_name, overrides, codes) => {
    expect(errorCodes(aPatent(), aDeclarationInput(overrides))).toEqual(codes);
  });

  it('flags promotional wording per statutory field but not in the marketing text', () => {
    // Prepare
    const input = aDeclarationInput({
      scope: '国内领先的制造工艺',
      royaltyEstimationNote: '按行业最佳水平估算许可费',
      marketingText: '世界领先，史无前例！',
    });

    // Act
    const errors = checkDeclarable(aPatent(), input, today).errors;

    // Assess
    expect(errors.map(({ code, field }) => [code, field])).toEqual([
      ['promotional_wording', 'scope'],
      ['promotional_wording', 'royaltyEstimationNote'],
    ]);
    expect(errors[0]?.message).toBe(
      '实施范围不能使用广告宣传用语：国内领先；宣传内容请写在宣传介绍中 / scope must not use promotional wording (国内领先); put promotion in marketingText',
    );
  });

  it('reports every failing guard at once', () => {
    // Prepare
    const patent = aUtilityModel({
      evaluationReport: undefined,
      patentees: [{ name: '湘江大学', orgId: 'org-uni' }, { name: '李四' }],
      legal: {
        annualFee: 'late_window',
        proceedingsSuspended: true,
        exclusiveLicence: { kind: 'sole', until: '2030-01-01' },
        pledge: { pledgee: '长沙银行', pledgeeConsented: false },
      },
    });
    const input = aDeclarationInput({
      period: { start: '2025-01-01', end: '2030-03-01' },
      scope: '独家技术',
    });

    // Act
    const codes = errorCodes(patent, input);

    // Assess
    expect(codes).toEqual([
      'number_mismatch',
      'annual_fee_late_window',
      'exclusive_licence_in_force',
      'proceedings_suspended',
      'pledge_without_consent',
      'evaluation_report_missing',
      'co_owner_not_consented',
      'period_past_expiry',
      'period_start_in_past',
      'promotional_wording',
    ]);
  });

  it('returns guidance caps as warnings, not errors', () => {
    const input = aDeclarationInput({
      royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 25 },
    });

    const result = checkDeclarable(aPatent(), input, today);

    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['net_sales_rate_above_guidance']);
  });

  it('writes every error Chinese first, then English', () => {
    const patent = aPatent({ grantDate: undefined, legal: { ...paid, proceedingsSuspended: true } });

    for (const issue of checkDeclarable(patent, aDeclarationInput(), today).errors) {
      expect(issue.message).toMatch(/^[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });
});

describe('DECLARATION_GUARD_TITLES', () => {
  it('has a Chinese title for every code the guards report', () => {
    const patent = aUtilityModel({
      grantDate: undefined,
      evaluationReport: { reference: 'PJ', conclusion: 'unfavourable' },
      legal: { annualFee: 'lapsed', proceedingsSuspended: false },
    });
    const codes = errorCodes(
      patent,
      aDeclarationInput({ period: { start: '2025-01-01', end: '2025-02-01' } }),
    );

    for (const code of codes) expect(DECLARATION_GUARD_TITLES).toHaveProperty(code);
    expect(Object.values(DECLARATION_GUARD_TITLES).every((title) => /[\u4e00-\u9fff]/.test(title))).toBe(
      true,
    );
  });
});
