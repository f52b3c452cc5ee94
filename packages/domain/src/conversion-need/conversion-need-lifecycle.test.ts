import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { ConversionNeed } from './conversion-need.ts';
import {
  answerConversionNeed,
  closingDateProblem,
  conversionNeedStatusOn,
  endConversionNeed,
  takesAnswers,
} from './conversion-need-lifecycle.ts';

const need = (over: Partial<ConversionNeed> = {}): ConversionNeed => ({
  id: 'cn1',
  kind: 'pilot_scale',
  status: 'open',
  subject: { kind: 'listing', id: 'd1', title: '一种电池', patents: [] },
  posterOrgId: 'u1',
  posterName: '示范大学',
  description: '寻找中试基地完成放大验证',
  offer: '样品与技术团队',
  regionCode: '430400',
  closingDate: '2026-12-31',
  answerCount: 0,
  createdAt: '2026-12-01T00:00:00.000Z',
  createdBy: 'user1',
  updatedAt: '2026-12-01T00:00:00.000Z',
  version: 1,
  ...over,
});
const AT = '2026-12-07T10:00:00.000Z';

describe('conversion need lifecycle', () => {
  it('an answer moves an open need to answered and counts it', () => {
    // Act
    const next = answerConversionNeed(need(), '2026-12-07', AT);
    // Assess
    expect(next).toMatchObject({ status: 'answered', answerCount: 1, version: 2, updatedAt: AT });
  });

  it('an answered need still takes answers until it closes', () => {
    const next = answerConversionNeed(need({ status: 'answered', answerCount: 2 }), '2026-12-07', AT);
    expect(next.answerCount).toBe(3);
  });

  it.each([
    ['withdrawn', need({ status: 'withdrawn' }), '2026-12-07'],
    ['closed', need({ status: 'closed' }), '2026-12-07'],
    ['past its closing date', need({ closingDate: '2026-12-06' }), '2026-12-07'],
  ])('refuses an answer when %s (409)', (_label, current, today) => {
    const attempt = () => answerConversionNeed(current, today, AT);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/不能再回应/);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).status).toBe(409);
    }
  });

  it('reads a need past its closing date as closed, and one on its closing day as open', () => {
    expect(conversionNeedStatusOn(need({ closingDate: '2026-12-06' }), '2026-12-07')).toBe('closed');
    expect(conversionNeedStatusOn(need({ closingDate: '2026-12-07' }), '2026-12-07')).toBe('open');
    expect(takesAnswers(need({ status: 'withdrawn' }), '2026-12-01')).toBe(false);
  });

  it('the poster withdraws an open or answered need, once', () => {
    const withdrawn = endConversionNeed(need({ status: 'answered' }), 'withdrawn', '2026-12-07', AT);
    expect(withdrawn.status).toBe('withdrawn');
    expect(() => endConversionNeed(withdrawn, 'withdrawn', '2026-12-07', AT)).toThrow(/不能撤回/);
  });

  it('keeps the closing date between today and the latest day', () => {
    expect(closingDateProblem('2026-12-06', '2026-12-07', '2027-12-07')).toMatch(
      /closingDate cannot be before/,
    );
    expect(closingDateProblem('2028-01-01', '2026-12-07', '2027-12-07')).toMatch(/on or before 2027-12-07/);
    expect(closingDateProblem('2026-12-07', '2026-12-07', '2027-12-07')).toBeUndefined();
  });
});
