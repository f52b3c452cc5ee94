import { describe, expect, it } from 'vitest';
import { yearsLeft } from './remaining-term.ts';

describe('yearsLeft', () => {
  it.each([
    ['exactly three calendar years', '2030-03-01', '2033-03-01', 3],
    ['a day short of three years', '2030-03-01', '2033-02-28', 2.9],
    ['three years and a half, rounded down', '2030-01-01', '2033-07-10', 3.5],
    ['a long term', '2026-12-07', '2037-07-25', 10.6],
    ['the last day of protection', '2030-03-01', '2030-03-01', 0],
    ['a term already ended', '2030-03-02', '2030-03-01', 0],
    ['a 29 February today, counted from 1 March in a common year', '2028-02-29', '2031-03-01', 3],
  ])('counts %s', (_case, today, expiry, expected) => {
    expect(yearsLeft(today, expiry)).toBe(expected);
  });
});
