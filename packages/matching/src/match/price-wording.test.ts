import { describe, expect, it } from 'vitest';
import { explainPrice, licenceCost } from './signals.ts';

const PERIOD = { start: '2026-01-01', end: '2030-12-31' };
const TODAY = '2026-01-10';

describe('explainPrice for a royalty-only licence', () => {
  it('describes a pure running royalty as such, never as a ¥0 fee within budget', () => {
    // Prepare
    const cost = licenceCost({ method: 'running_royalty', base: 'net_sales', ratePercent: 3 }, PERIOD, TODAY);

    // Act
    const explained = explainPrice(cost, { minFen: 0, maxFen: 20_000_000 });

    // Assess
    expect(explained.text).toBe(
      '纯提成许可（另按净销售额 3% 提成），无固定许可费；提成随实施后的销售额计算，需按预计销售额与预算（¥200,000）核算',
    );
    expect(explained.text).not.toMatch(/¥0|在预算之内/);
    expect(explained.evidence).toEqual(['¥200,000 预算']);
    expect(explained.reason).toMatchObject({ code: 'price', params: { cost: 'royalty_only', fixedFen: 0 } });
  });

  it('keeps a fixed fee compared with the budget', () => {
    // Prepare
    const cost = licenceCost({ method: 'lump_sum', amountFen: 4_800_000 }, PERIOD, TODAY);

    // Act
    const explained = explainPrice(cost, { minFen: 0, maxFen: 20_000_000 });

    // Assess
    expect(explained.text).toContain('在预算之内');
    expect(explained.reason).toMatchObject({ params: { cost: 'fee' } });
  });

  it('names no ¥0 chip for a royalty-only licence when the need gives no budget', () => {
    const cost = licenceCost({ method: 'running_royalty', base: 'profit', ratePercent: 10 }, PERIOD, TODAY);
    const explained = explainPrice(cost, undefined);
    expect(explained.evidence).toEqual([]);
    expect(explained.text).toBe('纯提成许可（另按利润 10% 提成），无固定许可费；需求未填预算');
  });
});
