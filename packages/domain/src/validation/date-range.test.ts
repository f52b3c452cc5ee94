import { describe, expect, it } from 'vitest';
import {
  dateOutOfRange,
  eventDateRange,
  needDeadlineRange,
  PATENT_LAW_START,
  patentDateRange,
} from './date-range.ts';

const TODAY = '2026-12-07';

describe('date ranges', () => {
  it.each([
    [
      'a filing date before the Patent Law',
      '1985-03-31',
      patentDateRange,
      /申请日不能早于 1985-04-01 \/ filingDate must be on or after 1985-04-01/,
    ],
    ['a grant date in the future', '2026-12-08', patentDateRange, /不能晚于 2026-12-07/],
    ['an event in year 9999', '9999-12-31', eventDateRange, /不能晚于 2031-12-07/],
    ['a need deadline already past', '2026-12-06', needDeadlineRange, /不能早于 2026-12-07/],
    ['a need deadline beyond ten years', '2036-12-08', needDeadlineRange, /不能晚于 2036-12-07/],
  ])('refuses %s, naming the field and the limit', (_, date, range, message) => {
    expect(dateOutOfRange(date, range(TODAY), ['申请日', 'filingDate'])).toMatch(message);
  });

  it.each([
    ['the first day of the Patent Law', PATENT_LAW_START, patentDateRange],
    ['a grant today', TODAY, patentDateRange],
    ['an event five years ahead', '2031-12-07', eventDateRange],
    ['an event long past (how far back is the use case’s rule)', '2020-01-01', eventDateRange],
    ['a need deadline today', TODAY, needDeadlineRange],
    ['a need deadline ten years ahead', '2036-12-07', needDeadlineRange],
  ])('accepts %s', (_, date, range) => {
    expect(dateOutOfRange(date, range(TODAY), ['日期', 'date'])).toBeUndefined();
  });
});
