import { PatentInputSchema, toPatent } from '@openlicense/domain';
import { type ListingFeatures, type MatchResult, SIGNAL_POINTS } from '@openlicense/matching';
import { describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../../../../test/support/declaration-input.ts';
import { matchedNeedsOf, patentListing } from './grade-patents.ts';

const patent = toPatent(
  PatentInputSchema.parse({
    number: '201910123456.X',
    title: '一种高镍三元正极材料的制备方法',
    keywords: ['高镍'],
    industryChains: ['先进储能材料'],
    ipc: ['H01M 4/525'],
    patentees: [{ name: '湘江大学' }],
    filingDate: '2019-03-15',
    grantDate: '2021-06-20',
    legal: { annualFee: 'paid' },
  }),
  'uni',
  '2026-12-07T00:00:00.000Z',
);
const holder = { name: '湘江大学', regionCode: '430100' };

/** An engine result whose price signal gave `price` of its `score` points. */
const result = (id: string, score: number, price: number): MatchResult =>
  ({
    id,
    score,
    explanation: { signals: [{ signal: 'price', contribution: price }] },
  }) as unknown as MatchResult;

/** An engine that answers any listing with `results`, and remembers what it was asked. */
function engineAnswering(results: MatchResult[]) {
  const asked: { listing: ListingFeatures; limit: number }[] = [];
  return {
    asked,
    matchListing(listing: ListingFeatures, options: { limit: number }) {
      asked.push({ listing, limit: options.limit });
      return results;
    },
  };
}

describe('a patent as the engine ranks needs for it', () => {
  it('stands in for an undeclared patent with its record, and counts its price as unknown', () => {
    // Prepare
    const half = SIGNAL_POINTS.price / 2;
    const engine = engineAnswering([
      result('budgeted', 80, SIGNAL_POINTS.price),
      result('unbudgeted', 78, half),
    ]);
    // Act
    const listing = patentListing(patent, holder, undefined, '2026-12-07');
    const needs = matchedNeedsOf(engine, listing);
    // Assess
    expect(listing).toMatchObject({
      id: 'patent:201910123456.X',
      title: patent.title,
      ipc: ['H01M 4/525'],
      holderName: '湘江大学',
      regionCode: '430100',
      period: { start: '2026-12-07', end: patent.expiryDate },
    });
    expect(engine.asked[0]?.limit).toBe(10);
    expect(needs).toEqual([
      { needId: 'unbudgeted', score: 78 },
      { needId: 'budgeted', score: 80 - half },
    ]);
  });

  it('ranks a published declaration as the catalogue lists it, price included', () => {
    // Prepare
    const at = '2026-12-01T00:00:00.000Z';
    const declaration = declarationRecordOf('uni', { status: 'published', publishedAt: at }, patent.number);
    const engine = engineAnswering([result('budgeted', 80, SIGNAL_POINTS.price)]);
    // Act
    const listing = patentListing(patent, holder, declaration, '2026-12-07');
    const needs = matchedNeedsOf(engine, listing);
    // Assess
    expect(listing.id).toBe(declaration.id);
    expect(listing.royalty).toEqual(declaration.royalty);
    expect(needs).toEqual([{ needId: 'budgeted', score: 80 }]);
  });

  it('stands in for a patent whose declaration is only submitted', () => {
    // Prepare
    const declaration = declarationRecordOf('uni', { status: 'submitted' }, patent.number);
    // Act
    const listing = patentListing(patent, holder, declaration, '2026-12-07');
    // Assess
    expect(listing.id).toBe('patent:201910123456.X');
  });
});
