import { describe, expect, it } from 'vitest';
import { quotaChart } from './quota-chart.ts';

const size = { width: 264, height: 124, padding: 12 };

describe('quota chart geometry', () => {
  it('draws twelve bars, missing months as empty, the busiest month at half the plot height', () => {
    // Act
    const chart = quotaChart(
      [
        { month: '03', delivered: 40 },
        { month: '01', delivered: 10 },
      ],
      1000,
      size,
    );

    // Assess
    expect(chart.bars.map((bar) => bar.delivered)).toEqual([10, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(chart.bars[2]).toMatchObject({ month: '03', height: 50, y: 62, x: 56, width: 12 });
    expect(chart.bars[1]?.height).toBe(0);
    expect(chart.monthMax).toBe(40);
  });

  it('scales the running total against the target, and the pace line ends on the target', () => {
    // Act
    const chart = quotaChart([{ month: '12', delivered: 500 }], 1000, size);

    // Assess
    expect(chart.max).toBe(1000);
    expect(chart.targetY).toBe(12);
    expect(chart.pace).toBe('12,112 252,12');
    const points = chart.cumulative.split(' ');
    expect(points).toHaveLength(12);
    expect(points[0]).toBe('22,112');
    expect(points[11]).toBe('242,62');
  });

  it('raises the scale when the year beats the target, and copes with no target and no pushes', () => {
    expect(quotaChart([{ month: '06', delivered: 1500 }], 1000, size).max).toBe(1500);
    const empty = quotaChart([], 0, size);
    expect(empty.max).toBe(1);
    expect(empty.bars.every((bar) => bar.height === 0)).toBe(true);
  });
});
