import type { MatchReason } from '@openlicense/domain/push/match-reason';
import { describe, expect, it } from 'vitest';
import type { SignalExplanation } from '../api/pushes.ts';
import { reasonPhrase, signalChips } from './match-reasons.ts';
import { phraseText } from './phrase.ts';

/** A pure running royalty of 3 % of net sales against a ¥200,000 budget, as the engine states it. */
const ROYALTY_ONLY: MatchReason = {
  code: 'price',
  params: {
    cost: 'royalty_only',
    years: 3,
    fixedFen: 0,
    budget: 'within',
    maxFen: 20_000_000,
    runningBase: 'net_sales',
    runningRatePercent: 3,
  },
};

describe('a royalty-only price in the match explanation', () => {
  it('is described as royalty only in both languages, never as a fee of 0 within budget', () => {
    // Act
    const zh = phraseText(reasonPhrase(ROYALTY_ONLY, 'zh-CN'), 'zh-CN');
    const en = phraseText(reasonPhrase(ROYALTY_ONLY, 'en'), 'en');

    // Assess
    expect(zh).toBe(
      '纯提成许可（另按净销售额 3% 提成），无固定许可费；提成随实施后的销售额计算，需按预计销售额与预算（20万元）核算',
    );
    expect(en).toBe(
      'Royalty only (plus 3% of net sales), no fixed fee; the royalty follows sales once the patent is used, so weigh it against the ¥200,000 budget by expected sales',
    );
    expect(`${zh} ${en}`).not.toMatch(/0元|¥0\b|在预算之内|within budget/);
  });

  it('shows the budget alone as its chip', () => {
    const signal: SignalExplanation = {
      signal: 'price',
      contribution: 10,
      evidence: ['¥200,000 预算'],
      text: '',
      reason: ROYALTY_ONLY,
    };
    expect(signalChips(signal, 'zh-CN')).toEqual([
      { id: 'match.price.budgetOnly', params: { budget: '20万元' } },
    ]);
  });
});
