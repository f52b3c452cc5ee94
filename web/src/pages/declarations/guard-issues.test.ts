import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { byField, fixedInLedger, guardText, refusedGuards } from './guard-issues.ts';

const tooShort = {
  code: 'period_too_short',
  field: 'period.end',
  message: '许可期限至少一年 / the licence period must be at least one year',
  title: '许可期限不足一年',
};
const feeLate = {
  code: 'annual_fee_late_window',
  field: 'legal.annualFee',
  message: '年费处于滞纳期，请先补缴 / annual fees are in the late window',
  title: '年费处于滞纳期',
};

describe('guardText', () => {
  it('gives the Chinese title and what to fix, or the English half in English', () => {
    expect(guardText(tooShort, 'zh-CN')).toBe('许可期限不足一年：许可期限至少一年');
    expect(guardText(tooShort, 'en')).toBe('the licence period must be at least one year');
  });
});

describe('byField', () => {
  it('puts a finding beside the form field it names, the first one winning', () => {
    // Act
    const shown = byField(
      [tooShort, { ...tooShort, code: 'period_past_expiry', title: '超过届满日' }, feeLate],
      'zh-CN',
    );

    // Assess
    expect(shown).toEqual({ 'period.end': '许可期限不足一年：许可期限至少一年' });
  });
});

describe('fixedInLedger', () => {
  it('sends legal-status findings and the evaluation report to the patent ledger', () => {
    expect(fixedInLedger(feeLate)).toBe(true);
    expect(fixedInLedger({ code: 'patent_not_granted' })).toBe(true);
    expect(fixedInLedger({ code: 'evaluation_report_missing', field: 'evaluationReportReference' })).toBe(
      true,
    );
    expect(fixedInLedger(tooShort)).toBe(false);
  });
});

describe('refusedGuards', () => {
  it('reads the failing guards of a refused submission', () => {
    const error = new ApiError(422, 'declaration_not_allowed', '该专利暂不能提交', [
      tooShort as unknown as { path: string; message: string },
    ]);
    expect(refusedGuards(error)).toEqual([tooShort]);
  });

  it('has none for other errors', () => {
    expect(refusedGuards(new ApiError(409, 'stale_version', 'x', []))).toEqual([]);
    expect(refusedGuards(new Error('x'))).toEqual([]);
  });
});
