import { GRADE_REASON_CODES, type GradeReason } from '@openlicense/domain/grading/grade-reason';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/messages.ts';
import { gradeEffectText, gradeReasonText } from './grade-reasons.ts';

/** One reason of every code, with the parameters the grading sends. */
const SAMPLES: Readonly<Record<(typeof GRADE_REASON_CODES)[number], GradeReason['params']>> = {
  lapsed: { expiryDate: '2037-03-14' },
  invalidated: {},
  term_ended: { expiryDate: '2024-03-14' },
  term_long: { yearsLeft: 14, expiryDate: '2039-03-14' },
  term_medium: { yearsLeft: 7, expiryDate: '2032-03-14' },
  term_short: { yearsLeft: 2, expiryDate: '2028-03-14' },
  type_invention: {},
  type_utility_model: {},
  type_design: {},
  evaluation_favourable: {},
  evaluation_unfavourable: {},
  evaluation_missing: {},
  not_granted: {},
  fee_late_window: {},
  pledged_with_consent: {},
  pledged_without_consent: {},
  proceedings_suspended: {},
  dispute_open: {},
  exclusive_licence_in_force: { kind: 'sole', until: '2027-06-30' },
  demand_strong: { score: 0.8123, needId: 'n1' },
  demand_moderate: { score: 0.5, needId: 'n1' },
  demand_count: { count: 4 },
  demand_none: {},
  chain_priority: { chains: ['新能源汽车', '先进储能材料'] },
  chain_served: { chains: ['工程机械'] },
  chain_none: {},
  licensed_repeatedly: { licences: 3, deals: 2 },
  licensed_before: { licences: 1, deals: 0 },
  licensing_none: {},
};

describe('grade reasons (分级理由)', () => {
  it('phrases every code in both languages with no placeholder left', () => {
    for (const locale of LOCALES)
      for (const code of GRADE_REASON_CODES) {
        const text = gradeReasonText({ code, params: SAMPLES[code] }, locale);
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]|gradeReason\./);
        expect(text.length).toBeGreaterThan(3);
      }
  });

  it('fills in the years left, the expiry date, the score and the chains', () => {
    expect(gradeReasonText({ code: 'term_long', params: SAMPLES.term_long }, 'zh-CN')).toBe(
      '剩余保护期 14 年（至 2039-03-14），较长',
    );
    expect(gradeReasonText({ code: 'term_short', params: SAMPLES.term_short }, 'en')).toBe(
      'Only 2 years of term left (to 2028-03-14)',
    );
    expect(gradeReasonText({ code: 'demand_strong', params: SAMPLES.demand_strong }, 'zh-CN')).toContain(
      '匹配度 0.81',
    );
    expect(gradeReasonText({ code: 'chain_priority', params: SAMPLES.chain_priority }, 'zh-CN')).toBe(
      '服务本地重点产业链：新能源汽车、先进储能材料',
    );
    expect(gradeReasonText({ code: 'chain_priority', params: SAMPLES.chain_priority }, 'en')).toContain(
      '新能源汽车, 先进储能材料',
    );
  });

  it('names the kind of licence in force in the reader’s words', () => {
    const reason = {
      code: 'exclusive_licence_in_force' as const,
      params: SAMPLES.exclusive_licence_in_force,
    };
    expect(gradeReasonText(reason, 'zh-CN')).toBe('排他许可有效期至 2027-06-30');
    expect(gradeReasonText(reason, 'en')).toBe('A sole licence is in force until 2027-06-30');
  });

  it('signs an effect on the score and leaves out a fact that only informs', () => {
    expect(gradeEffectText(15)).toBe('+15');
    expect(gradeEffectText(-20)).toBe('-20');
    expect(gradeEffectText(0)).toBe('');
  });
});
