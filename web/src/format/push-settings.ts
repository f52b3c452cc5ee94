/**
 * Reads a typed number (full-width digits too) within `[min, max]`; `integer` refuses decimals. `null` when
 * it is not one.
 *
 * @example readBounded('８５', 0, 100) // 85
 */
export function readBounded(text: string, min: number, max: number, { integer = false } = {}): number | null {
  const compact = text.normalize('NFKC').trim();
  if (!/^\d+(?:\.\d+)?$/.test(compact)) return null;
  const value = Number(compact);
  if (value < min || value > max) return null;
  if (integer && !Number.isInteger(value)) return null;
  return value;
}

/** The auto-push threshold: a score from 0 to 100, one decimal at most kept. */
export function readThreshold(text: string): number | null {
  const value = readBounded(text, 0, 100);
  return value === null ? null : Math.round(value * 10) / 10;
}

/** An enterprise's weekly push cap: a whole number from 1 to 50. */
export function readWeeklyCap(text: string): number | null {
  return readBounded(text, 1, 50, { integer: true });
}
