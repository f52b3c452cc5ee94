import { describe, expect, it } from 'vitest';
import { chinaToday, periodEnd } from './china-today.ts';

describe('chinaToday', () => {
  it('counts the day in China, not in UTC', () => {
    expect(chinaToday(new Date('2025-06-30T16:30:00Z'))).toBe('2025-07-01');
    expect(chinaToday(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
  });
});

describe('periodEnd', () => {
  it.each([
    ['2026-03-01', 1, '2027-02-28'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2026-01-01', 3, '2028-12-31'],
  ])('ends a period from %s of %i years on %s', (start, years, end) => {
    expect(periodEnd(start, years)).toBe(end);
  });
});
