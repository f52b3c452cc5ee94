import { describe, expect, it } from 'vitest';
import { niceScale, quotaChart } from './quota-chart.ts';

// A plot 100 high (baseline 112, top 12), from x 24 to 252.
const size = { width: 264, height: 124, padding: 12 };

describe('quota chart geometry', () => {
  it('draws every bar in proportion to its count on the labelled axis', () => {
    // Act
    const chart = quotaChart(
      [
        { month: '03', delivered: 40 },
        { month: '01', delivered: 10 },
      ],
      0,
      size,
    );

    // Assess: the running total reaches 50, so the axis runs 0–50 in steps of 10
    expect(chart.bars.map((bar) => bar.delivered)).toEqual([10, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(chart.max).toBe(50);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(chart.bars[0]?.height).toBe(20);
    expect(chart.bars[2]).toMatchObject({ height: 80, y: 32 });
    expect(chart.bars[1]?.height).toBe(0);
    // The 40 bar's top sits on the 40 tick.
    expect(chart.bars[2]?.y).toBe(chart.ticks[4]?.y);
  });

  it('keeps 3 pushes readable against a target of 1,000: the axis fits the data and the target is named, not drawn', () => {
    // Act
    const chart = quotaChart([{ month: '12', delivered: 3 }], 1000, size);

    // Assess
    expect(chart.max).toBe(3);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
    expect(chart.bars[11]?.height).toBe(100);
    expect(chart.targetY).toBeNull();
    expect(chart.pace).toBeNull();
  });

  it('draws the target as a line, with the even pace to it, when it is near the data', () => {
    // Act
    const chart = quotaChart([{ month: '06', delivered: 600 }], 1000, size);

    // Assess
    expect(chart.max).toBe(1000);
    expect(chart.targetY).toBe(12);
    expect(chart.pace).toBe('24,112 252,12');
    expect(chart.bars[5]?.height).toBe(60);
    const points = chart.cumulative.split(' ');
    expect(points).toHaveLength(12);
    expect(points[0]).toBe('33.5,112');
    expect(points[11]).toBe('242.5,52');
  });

  it('raises the scale when the year beats the target, and copes with no target and no pushes', () => {
    expect(quotaChart([{ month: '06', delivered: 1500 }], 1000, size).max).toBe(1500);
    const empty = quotaChart([], 0, size);
    expect(empty.max).toBe(1);
    expect(empty.bars.every((bar) => bar.height === 0)).toBe(true);
    expect(empty.targetY).toBeNull();
  });
});

describe('niceScale', () => {
  it.each([
    [0, 1, 1],
    [1, 1, 1],
    [3, 3, 1],
    [5, 5, 1],
    [6, 6, 2],
    [7, 8, 2],
    [11, 15, 5],
    [50, 50, 10],
    [1000, 1000, 200],
    [1001, 1500, 500],
  ])('scales %d to a top of %d in steps of %d', (value, max, step) => {
    expect(niceScale(value)).toEqual({ max, step });
  });
});
