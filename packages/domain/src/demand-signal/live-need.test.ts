import { describe, expect, it } from 'vitest';
import { budgetBand } from './budget-band.ts';
import { isLiveNeed } from './live-need.ts';

describe('live needs and budget bands', () => {
  it('treats a need past its deadline or not published as not live', () => {
    expect(isLiveNeed({ status: 'open', deadline: '2026-12-07' }, '2026-12-07')).toBe(true);
    expect(isLiveNeed({ status: 'open', deadline: '2026-12-06' }, '2026-12-07')).toBe(false);
    expect(isLiveNeed({ status: 'draft' }, '2026-12-07')).toBe(false);
    expect(isLiveNeed({ status: 'in_negotiation' }, '2026-12-07')).toBe(true);
  });

  it('bands a budget by its maximum, a bound closing its band', () => {
    expect(budgetBand(undefined)).toBe('unspecified');
    expect(budgetBand({ minFen: 0, maxFen: 10_000_000 })).toBe('under_10w');
    expect(budgetBand({ minFen: 0, maxFen: 50_000_000 })).toBe('10w_50w');
    expect(budgetBand({ minFen: 0, maxFen: 50_000_001 })).toBe('50w_100w');
    expect(budgetBand({ minFen: 0, maxFen: 500_000_001 })).toBe('over_500w');
  });
});
