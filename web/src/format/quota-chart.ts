/** Geometry of the quota page's monthly push chart, drawn as inline SVG (no chart library). */
export interface ChartBar {
  month: string;
  delivered: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface QuotaChart {
  width: number;
  height: number;
  /** Where the plot's left edge (the axis) and right edge sit. */
  left: number;
  right: number;
  /** The y of the value 0, and of the scale's top. */
  baseline: number;
  top: number;
  /** The scale's top value: a round number at or above everything drawn on the scale. */
  max: number;
  /** The axis labels, 0 to `max` in round steps. */
  ticks: ChartTick[];
  /** Pushes delivered each month, on the same scale as the axis. */
  bars: ChartBar[];
  /** The running total, as `x,y` pairs for a `<polyline>`, on the same scale. */
  cumulative: string;
  /** The yearly target as a line at its height, or `null` when it is far above the data (then it is named, not drawn). */
  targetY: number | null;
  /** The even pace to the target, from 0 in January to the target in December; `null` with `targetY`. */
  pace: string | null;
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** A target more than this many times the data's top would flatten the data into the baseline: it is named instead. */
const TARGET_ON_SCALE_RATIO = 2;
const MAX_STEPS = 5;

/**
 * The smallest round scale (steps of 1, 2 or 5 × 10ⁿ, at most five of them, whole numbers) that reaches
 * `value`.
 *
 * @example niceScale(3) // { max: 3, step: 1 }
 * @example niceScale(7) // { max: 8, step: 2 }
 * @example niceScale(1000) // { max: 1000, step: 200 }
 */
export function niceScale(value: number): { max: number; step: number } {
  const wanted = Math.max(1, Math.ceil(value));
  for (let power = 1; ; power *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = factor * power;
      const steps = Math.ceil(wanted / step);
      if (steps <= MAX_STEPS) return { max: steps * step, step };
    }
  }
}

/**
 * Twelve monthly bars and the running total on one honest scale, its axis labelled in round numbers: a bar's
 * height is its count over the scale's top. The scale fits the data; the yearly target joins it (as a line,
 * with the even pace towards it) when it is at most twice the data's top, else the page names it above the
 * chart. Missing months count as 0; `by` may be in any order.
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
  const dataTop = Math.max(total, ...counts, 1);
  const targetOnScale = target > 0 && target <= dataTop * TARGET_ON_SCALE_RATIO;
  const { max, step } = niceScale(targetOnScale ? Math.max(dataTop, target) : dataTop);

  const { width, height, padding } = size;
  const left = padding * 2;
  const right = width - padding;
  const top = padding;
  const baseline = height - padding;
  const plotHeight = baseline - top;
  const slot = (right - left) / MONTHS.length;
  const barWidth = slot * 0.6;
  const round = (n: number) => Math.round(n * 10) / 10;
  const centre = (i: number) => round(left + slot * i + slot / 2);
  const yOf = (value: number) => round(baseline - (value / max) * plotHeight);

  const bars = counts.map((count, i) => ({
    month: MONTHS[i] ?? '',
    delivered: count,
    x: round(left + slot * i + (slot - barWidth) / 2),
    y: yOf(count),
    width: round(barWidth),
    height: round((count / max) * plotHeight),
  }));
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => ({ value: i * step, y: yOf(i * step) }));
  return {
    width,
    height,
    left,
    right,
    baseline,
    top,
    max,
    ticks,
    bars,
    cumulative: running.map((value, i) => `${centre(i)},${yOf(value)}`).join(' '),
    targetY: targetOnScale ? yOf(target) : null,
    pace: targetOnScale ? `${left},${baseline} ${right},${yOf(target)}` : null,
  };
}
