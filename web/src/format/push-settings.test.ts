import { describe, expect, it } from 'vitest';
import { readThreshold, readWeeklyCap } from './push-settings.ts';

describe('push settings input', () => {
  it('reads a threshold from 0 to 100, full-width digits too', () => {
    expect(readThreshold('80')).toBe(80);
    expect(readThreshold(' ８５ ')).toBe(85);
    expect(readThreshold('72.46')).toBe(72.5);
    expect(readThreshold('0')).toBe(0);
    expect(readThreshold('100')).toBe(100);
  });

  it('refuses thresholds out of range or not numbers', () => {
    for (const text of ['', '101', '-1', 'abc', '8O']) expect(readThreshold(text), text).toBeNull();
  });

  it('reads a weekly cap as a whole number from 1 to 50', () => {
    expect(readWeeklyCap('5')).toBe(5);
    expect(readWeeklyCap('50')).toBe(50);
    for (const text of ['0', '51', '2.5', '', '五']) expect(readWeeklyCap(text), text).toBeNull();
  });
});
