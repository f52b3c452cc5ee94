/** Geometry of the quota dashboard's monthly chart, drawn as inline SVG (no chart library). */
export interface ChartBar {
  month: string;
  delivered: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QuotaChart {
  width: number;
  height: number;
  /** Pushes delivered each month. */
  bars: ChartBar[];
  /** The running total, as `x,y` pairs for a `<polyline>`. */
  cumulative: string;
  /** Where the yearly target sits on the running-total scale. */
  targetY: number;
  /** The even pace to the target: from 0 in January to the target in December. */
  pace: string;
  /** The scale's top (the larger of the target and the running total). */
  max: number;
  /** The bars' own scale: the busiest month, at least 1. */
  monthMax: number;
  baseline: number;
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * Twelve monthly bars (own scale, lower half) under the running total against the target (upper scale).
 * Missing months count as 0; `by` may be in any order.
 */
export function quotaChart(
  by: readonly { month: string; delivered: number }[],
  target: number,
  size: { width: number; height: number; padding: number } = { width: 720, height: 240, padding: 24 },
): QuotaChart {
  const delivered = new Map(by.map((entry) => [entry.month, entry.delivered]));
  const counts = MONTHS.map((month) => Math.max(0, delivered.get(month) ?? 0));
  const running: number[] = [];
  for (const n of counts) running.push((running.at(-1) ?? 0) + n);
  const total = running.at(-1) ?? 0;
  const max = Math.max(target, total, 1);
  const monthMax = Math.max(...counts, 1);
  const { width, height, padding } = size;
  const plotWidth = width - padding * 2;
  const baseline = height - padding;
  const plotHeight = height - padding * 2;
  const slot = plotWidth / MONTHS.length;
  const barWidth = slot * 0.6;
  const round = (n: number) => Math.round(n * 10) / 10;
  const centre = (i: number) => round(padding + slot * i + slot / 2);
  const yOf = (value: number) => round(baseline - (value / max) * plotHeight);

  const bars = counts.map((count, i) => {
    const h = round((count / monthMax) * (plotHeight / 2));
    return {
      month: MONTHS[i] ?? '',
      delivered: count,
      x: round(padding + slot * i + (slot - barWidth) / 2),
      y: round(baseline - h),
      width: round(barWidth),
      height: h,
    };
  });
  return {
    width,
    height,
    bars,
    cumulative: running.map((value, i) => `${centre(i)},${yOf(value)}`).join(' '),
    targetY: yOf(target),
    pace: `${round(padding)},${baseline} ${round(width - padding)},${yOf(target)}`,
    max,
    monthMax,
    baseline,
  };
}
