import { describe, expect, it } from 'vitest';
import { targetFigure } from './quota-glance.tsx';

describe('home quota glance: target figures', () => {
  it("reads a university's 1-fen amount target as 大于 0 元, never 0.01元", () => {
    expect(targetFigure({ key: 'conversion_fen', target: 1, actual: 0, status: 'at_risk' }, 'zh-CN')).toBe(
      '大于 0 元',
    );
  });

  it('reads a zero target as 无要求 and a count target as its number', () => {
    expect(targetFigure({ key: 'conversion_count', target: 0, actual: 0, status: 'met' }, 'zh-CN')).toBe(
      '无要求',
    );
    expect(targetFigure({ key: 'precise_pushes', target: 1000, actual: 3, status: 'at_risk' }, 'zh-CN')).toBe(
      '1,000',
    );
  });
});
