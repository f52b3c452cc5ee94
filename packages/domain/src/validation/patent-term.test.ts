import { describe, expect, it } from 'vitest';
import { patentExpiry, patentTermYears } from './patent-term.ts';

describe('patentExpiry', () => {
  it('ends an invention the day before its 20th filing anniversary', () => {
    expect(patentExpiry('invention', '2017-07-26')).toBe('2037-07-25');
  });

  it('ends a utility model after 10 years', () => {
    expect(patentExpiry('utility_model', '2019-03-01')).toBe('2029-02-28');
  });

  it('gives a design filed before 2021-06-01 10 years', () => {
    expect(patentExpiry('design', '2021-05-31')).toBe('2031-05-30');
  });

  it('gives a design filed on or after 2021-06-01 15 years', () => {
    expect(patentExpiry('design', '2021-06-01')).toBe('2036-05-31');
  });

  it('ends a 29 February filing on 28 February whether or not the last year is a leap year', () => {
    expect(patentExpiry('invention', '2020-02-29')).toBe('2040-02-28');
    expect(patentExpiry('utility_model', '2012-02-29')).toBe('2022-02-28');
  });

  it('steps back across a month and year boundary', () => {
    expect(patentExpiry('invention', '2015-01-01')).toBe('2034-12-31');
  });

  it.each(['2017-02-30', '2017-7-26', '', '2017-13-01'])('returns null for the invalid date %j', (date) => {
    expect(patentExpiry('invention', date)).toBeNull();
  });
});

describe('patentTermYears', () => {
  it('returns the statutory term for each type', () => {
    expect(patentTermYears('invention', '2010-01-01')).toBe(20);
    expect(patentTermYears('utility_model', '2022-01-01')).toBe(10);
    expect(patentTermYears('design', '2022-01-01')).toBe(15);
  });
});
