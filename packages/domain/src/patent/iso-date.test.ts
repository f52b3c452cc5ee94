import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, IsoDateSchema, isoDateInChina } from './iso-date.ts';

describe('IsoDateSchema', () => {
  it.each(['2024-02-29', '2025-12-31'])('accepts the real date %s', (date) => {
    expect(IsoDateSchema.parse(date)).toBe(date);
  });

  it.each(['2023-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00:00Z', ''])(
    'refuses %j in Chinese then English',
    (date) => {
      expect(IsoDateSchema.safeParse(date).error?.issues[0]?.message).toBe(
        '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD',
      );
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws RangeError on an impossible date', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it.each([
    ['2025-07-01', 3, '2028-07-01'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('moves %s by %i years to %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-07-01', 30, '2028-01-01'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-03-15', 0, '2025-03-15'],
  ])('moves %s by %i months to %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2025-01-10', '2025-01-01', -9],
  ])('counts from %s to %s as %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('isoDateInChina', () => {
  it.each([
    ['2025-06-30T15:59:59.999Z', '2025-06-30'],
    ['2025-06-30T16:00:00.000Z', '2025-07-01'],
    ['2024-12-31T23:00:00.000Z', '2025-01-01'],
  ])('reads %s as %s in Beijing time', (instant, date) => {
    expect(isoDateInChina(new Date(instant))).toBe(date);
  });
});
