import { describe, expect, it } from 'vitest';
import { LicencePeriodSchema, licenceYears, periodCoversOneYear } from './licence-period.ts';

describe('LicencePeriodSchema', () => {
  it('refuses an end before the start, on the end', () => {
    // Act
    const issue = LicencePeriodSchema.safeParse({ start: '2025-07-01', end: '2025-06-30' }).error?.issues[0];

    // Assess
    expect(issue).toMatchObject({
      path: ['end'],
      message: '许可期限结束日不能早于开始日 / period end is before its start',
    });
  });
});

describe('licenceYears', () => {
  it('splits three whole years', () => {
    const years = licenceYears({ start: '2025-07-01', end: '2028-06-30' });

    expect(years.map(({ year, start, end, days }) => [year, start, end, days])).toEqual([
      [1, '2025-07-01', '2026-06-30', 365],
      [2, '2026-07-01', '2027-06-30', 365],
      [3, '2027-07-01', '2028-06-30', 366],
    ]);
  });

  it('ends with a partial year counted against its full length', () => {
    const years = licenceYears({ start: '2025-07-01', end: '2026-12-31' });

    expect(years.at(-1)).toEqual({
      year: 2,
      start: '2026-07-01',
      end: '2026-12-31',
      days: 184,
      fullDays: 365,
    });
  });

  it('keeps years contiguous from a 29 February start', () => {
    const years = licenceYears({ start: '2024-02-29', end: '2026-02-28' });

    expect(years.map((y) => `${y.start}..${y.end}`)).toEqual([
      '2024-02-29..2025-02-28',
      '2025-03-01..2026-02-28',
    ]);
  });
});

describe('periodCoversOneYear', () => {
  it.each([
    ['2025-07-01', '2026-06-30', true],
    ['2025-07-01', '2026-06-29', false],
    ['2025-07-01', '2025-07-01', false],
    ['2024-02-29', '2025-02-28', true],
  ])('answers for %s to %s: %s', (start, end, expected) => {
    expect(periodCoversOneYear({ start, end })).toBe(expected);
  });
});
