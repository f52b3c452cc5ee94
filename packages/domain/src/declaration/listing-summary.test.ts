import { describe, expect, it } from 'vitest';
import { aPatent } from '../patent/patent.fixture.ts';
import { lapseDate, listingSummary } from './listing-summary.ts';

const holder = { name: '湘江大学', regionCode: '430100', type: 'university' as const };

describe('listingSummary', () => {
  it('copies what the catalogue filters and shows from the patent and the holder', () => {
    // Prepare
    const patent = aPatent({ abstract: '一种正极材料。' });

    // Act
    const summary = listingSummary(patent, holder, { start: '2025-07-01', end: '2028-06-30' });

    // Assess
    expect(summary).toEqual({
      title: '一种锂离子电池正极材料的制备方法',
      abstract: '一种正极材料。',
      keywords: ['锂电池'],
      ipc: ['H01M 4/131'],
      industryChains: ['新能源'],
      patentExpiryDate: '2037-07-25',
      lapseDate: '2028-06-30',
      holderName: '湘江大学',
      holderRegionCode: '430100',
      holderType: 'university',
    });
  });

  it('omits an abstract the ledger does not have', () => {
    expect(listingSummary(aPatent(), holder, { start: '2025-07-01', end: '2028-06-30' })).not.toHaveProperty(
      'abstract',
    );
  });
});

describe('lapseDate', () => {
  it.each([
    [{ start: '2025-07-01', end: '2028-06-30' }, '2037-07-25', '2028-06-30'],
    [{ start: '2025-07-01', end: '2037-07-25' }, '2037-07-25', '2037-07-25'],
    [{ start: '2025-07-01', end: '2040-06-30' }, '2037-07-25', '2037-07-25'],
  ])('lapses %j with a patent expiring %s after %s', (period, expiry, expected) => {
    expect(lapseDate(period, expiry)).toBe(expected);
  });
});
