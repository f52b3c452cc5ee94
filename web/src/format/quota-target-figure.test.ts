import { describe, expect, it } from 'vitest';
import { formatTargetFigure } from './quota-target-figure.ts';

describe('formatTargetFigure', () => {
  it('reads a 1-fen amount target (any amount meets it) as more than 0, never as 0.01元', () => {
    expect(formatTargetFigure(1, '分', 'zh-CN')).toBe('大于 0 元');
    expect(formatTargetFigure(1, 'fen', 'en')).toBe('above ¥0');
  });

  it('reads a zero target as not required', () => {
    expect(formatTargetFigure(0, '分', 'zh-CN')).toBe('无要求');
    expect(formatTargetFigure(0, '次', 'en')).toBe('not required');
  });

  it('shows other targets as their figure: money for its size, counts with their unit', () => {
    expect(formatTargetFigure(200_000_000, '分', 'zh-CN')).toBe('200万元');
    expect(formatTargetFigure(15_000_000_000, '分', 'zh-CN')).toBe('1.5亿元');
    expect(formatTargetFigure(1, '次', 'zh-CN')).toBe('1 次');
    expect(formatTargetFigure(1_000, '次', 'zh-CN')).toBe('1,000 次');
  });
});
