import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { DealStage } from './deal.ts';
import {
  assertMayAnswer,
  assertMayRecordStep,
  confirmationsAfterChange,
  type DealConfirmation,
  type DealRole,
  dealRolesOf,
  dealWaitsFor,
  isConfirmedBy,
  mayRecordStep,
} from './deal-confirmation.ts';
import { dealCountsFor } from './deal-record.ts';

const deal = {
  kind: 'ordinary_license' as const,
  stage: 'signed' as DealStage,
  suppliers: [{ orgId: 'uni', name: '中南大学', type: 'university' as const }],
  acquirer: { orgId: 'ent', name: '麓谷锂电', type: 'enterprise' as const },
  broker: { orgId: 'agency', name: '星城知识产权', type: 'agency' as const },
  amountFen: 80_000_000,
  patents: [{ number: '201710601862.3' }],
  signedAt: '2026-05-01T02:00:00.000Z',
  confirmations: [] as DealConfirmation[],
};

const answer = (orgId: string, over: Partial<DealConfirmation> = {}): DealConfirmation => ({
  orgId,
  roles: ['supplier'],
  status: 'confirmed',
  at: '2026-05-02T00:00:00.000Z',
  by: 'u',
  amountFen: 80_000_000,
  patentNumbers: ['201710601862.3'],
  ...over,
});

describe('who may record each step', () => {
  const cases: Array<[DealStage, DealRole, boolean]> = [
    ['contacted', 'broker', true],
    ['negotiating', 'broker', true],
    ['signed', 'supplier', true],
    ['signed', 'acquirer', true],
    ['signed', 'broker', false],
    ['filed', 'supplier', true],
    ['filed', 'acquirer', true],
    ['filed', 'broker', false],
    ['implemented', 'acquirer', true],
    ['implemented', 'supplier', false],
    ['implemented', 'broker', false],
    ['declined', 'broker', true],
  ];
  it.each(cases)('%s recorded by the %s: %s', (stage, role, allowed) => {
    expect(mayRecordStep([role], stage)).toBe(allowed);
  });

  it('refuses the broker signing with a 403 naming who may', () => {
    try {
      assertMayRecordStep(deal, 'agency', 'signed');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(403);
      expect((error as DomainError).code).toBe('step_not_allowed');
      expect((error as DomainError).message).toContain('“已签约”只能由供方或受让方/被许可方登记');
    }
  });

  it('refuses an organisation that is no party at all', () => {
    expect(() => assertMayRecordStep(deal, 'stranger', 'contacted')).toThrow(DomainError);
  });
});

describe('who may confirm', () => {
  it('names each organisation’s own roles', () => {
    expect(dealRolesOf(deal, 'uni')).toEqual(['supplier']);
    expect(dealRolesOf(deal, 'ent')).toEqual(['acquirer']);
    expect(dealRolesOf(deal, 'agency')).toEqual(['broker']);
    expect(dealRolesOf(deal, 'stranger')).toEqual([]);
  });

  const refusals: Array<[string, Partial<typeof deal>, string, 'confirmed' | 'disputed', string]> = [
    ['a non-party', {}, 'stranger', 'confirmed', 'not_a_party'],
    ['before negotiation', { stage: 'contacted' }, 'uni', 'confirmed', 'not_confirmable'],
    [
      'without an amount',
      { stage: 'negotiating', amountFen: undefined },
      'uni',
      'confirmed',
      'not_confirmable',
    ],
    [
      'a dispute after counting',
      { confirmations: [answer('uni', { countedAt: '2026-05-02T00:00:00.000Z' })] },
      'uni',
      'disputed',
      'already_confirmed',
    ],
  ];
  it.each(refusals)('refuses %s', (_, over, orgId, status, code) => {
    try {
      assertMayAnswer({ ...deal, ...over }, orgId, status);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe(code);
    }
  });

  it('lets each party answer from negotiating on, with its roles', () => {
    expect(assertMayAnswer({ ...deal, stage: 'negotiating' }, 'ent', 'confirmed')).toEqual(['acquirer']);
    expect(assertMayAnswer(deal, 'agency', 'disputed')).toEqual(['broker']);
  });
});

describe('what counts for whom', () => {
  it('counts only the organisations named, each for its own role', () => {
    const counts = dealCountsFor(deal, 80_000_000, ['uni']);
    expect(counts).toEqual([
      {
        orgId: 'uni',
        role: 'supplier',
        counts: { conversionCount: 1, conversionFen: 80_000_000 },
        amountFen: 80_000_000,
      },
    ]);
    expect(dealCountsFor(deal, 80_000_000, [])).toEqual([]);
  });

  it('keeps a confirmation only while the amount and patents are what it confirmed', () => {
    const confirmed = { ...deal, confirmations: [answer('uni')] };
    expect(isConfirmedBy(confirmed, 'uni')).toBe(true);
    expect(isConfirmedBy({ ...confirmed, amountFen: 1 }, 'uni')).toBe(false);
    expect(isConfirmedBy(confirmed, 'ent')).toBe(false);
  });

  it('resets uncounted answers when the amount or patents change, keeping counted ones', () => {
    const counted = answer('ent', { countedAt: 'x' });
    const all = [answer('uni'), answer('agency', { status: 'disputed', reason: '未参与' }), counted];
    const before = { amountFen: 1, patentNumbers: ['a'] };
    expect(confirmationsAfterChange(all, before, { amountFen: 1, patentNumbers: ['a'] })).toHaveLength(3);
    expect(confirmationsAfterChange(all, before, { amountFen: 2, patentNumbers: ['a'] })).toEqual([counted]);
    expect(confirmationsAfterChange(all, before, { amountFen: 1, patentNumbers: ['b'] })).toEqual([counted]);
  });

  const waits: Array<[string, Partial<typeof deal>, string, string | undefined]> = [
    ['a signed deal nobody confirmed', {}, 'uni', 'unconfirmed'],
    ['an unsigned deal', { signedAt: undefined, stage: 'negotiating' }, 'uni', undefined],
    ['a counted confirmation', { confirmations: [answer('uni', { countedAt: 'x' })] }, 'uni', undefined],
    ['a dispute', { confirmations: [answer('uni', { status: 'disputed' })] }, 'uni', 'disputed'],
    ['a declined deal', { stage: 'declined' }, 'uni', undefined],
    ['a non-party', {}, 'stranger', undefined],
  ];
  it.each(waits)('waiting list: %s', (_, over, orgId, expected) => {
    expect(dealWaitsFor({ ...deal, ...over }, orgId)).toBe(expected);
  });
});
