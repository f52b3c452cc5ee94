import { describe, expect, it } from 'vitest';
import { GRADE_REASON_CODES } from './grade-reason.ts';
import { GRADE_REASON_ZH, gradeReasonsZh, gradeReasonZh } from './grade-reason-zh.ts';

describe('grade reasons in Chinese (分级理由)', () => {
  it('phrases every code', () => {
    for (const code of GRADE_REASON_CODES) expect(GRADE_REASON_ZH[code]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('fills in years, dates, chains joined with 、 and scores to two places', () => {
    // Act
    const term = gradeReasonZh({ code: 'term_long', params: { yearsLeft: 14, expiryDate: '2039-03-14' } });
    const chains = gradeReasonZh({
      code: 'chain_priority',
      params: { chains: ['新能源汽车', '先进储能材料'] },
    });
    const demand = gradeReasonZh({ code: 'demand_strong', params: { score: 0.8123, needId: 'n1' } });
    const sole = gradeReasonZh({
      code: 'exclusive_licence_in_force',
      params: { kind: 'sole', until: '2027-06-30' },
    });

    // Assess
    expect(term).toBe('剩余保护期 14 年（至 2039-03-14），较长');
    expect(chains).toBe('服务本地重点产业链：新能源汽车、先进储能材料');
    expect(demand).toBe('有高度匹配的企业需求（匹配度 0.81）');
    expect(sole).toBe('排他许可有效期至 2027-06-30');
  });

  it('writes a grade’s reasons on one line, in their order', () => {
    // Act
    const line = gradeReasonsZh([
      { code: 'type_invention', params: {} },
      { code: 'licensed_before', params: { licences: 1, deals: 0 } },
    ]);

    // Assess
    expect(line).toBe('发明专利；曾有许可（许可 1 项，成交 0 笔）');
    expect(line).not.toContain('\n');
  });
});
