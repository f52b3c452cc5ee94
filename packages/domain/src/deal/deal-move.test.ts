import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { DealConfirmation } from './deal-confirmation.ts';
import { alreadyConfirmed, answeredDeal, movedDeal, signingCounts } from './deal-move.ts';
import type { Deal, DealMoveInput } from './deal-record.ts';

const deal: Deal = {
  id: 'DL1',
  kind: 'ordinary_license',
  stage: 'negotiating',
  suppliers: [{ orgId: 'uni', name: '中南大学', type: 'university' }],
  acquirer: { orgId: 'ent', name: '麓谷锂电', type: 'enterprise' },
  broker: { orgId: 'agency', name: '星城知识产权', type: 'agency' },
  partyOrgIds: ['uni', 'ent', 'agency'],
  patents: [{ number: '201710601862.3', title: '一种正极材料', holderOrgId: 'uni' }],
  amountFen: 80_000_000,
  source: { kind: 'direct' },
  history: [],
  confirmations: [],
  createdAt: '2026-05-01T00:00:00.000Z',
  createdBy: 'u-ent',
  createdByOrgId: 'ent',
  updatedAt: '2026-05-01T00:00:00.000Z',
  version: 4,
};

const actor = (orgId: string, at = '2026-05-03T02:00:00.000Z') => ({
  userId: `u-${orgId}`,
  orgId,
  at,
  today: '2026-05-03',
});
const confirmation = (orgId: string, over: Partial<DealConfirmation> = {}): DealConfirmation => ({
  orgId,
  roles: [orgId === 'uni' ? 'supplier' : orgId === 'ent' ? 'acquirer' : 'broker'],
  status: 'confirmed',
  at: '2026-05-02T00:00:00.000Z',
  by: `u-${orgId}`,
  amountFen: 80_000_000,
  patentNumbers: ['201710601862.3'],
  ...over,
});

const refusal = (act: () => unknown) => {
  try {
    act();
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : String(error);
  }
};

describe('moving a deal', () => {
  it.each([
    { name: 'signing by the acquirer', deal, input: { to: 'signed', version: 4 }, by: 'ent', expected: 'ok' },
    {
      name: 'a stale version',
      deal,
      input: { to: 'signed', version: 3 },
      by: 'ent',
      expected: '409 stale_version',
    },
    {
      name: 'signing by the broker',
      deal,
      input: { to: 'signed', version: 4 },
      by: 'agency',
      expected: '403 step_not_allowed',
    },
    {
      name: 'a new amount once signed',
      deal: { ...deal, stage: 'signed', signedAt: '2026-05-02T00:00:00.000Z' },
      input: { to: 'filed', version: 4, amountFen: 1 },
      by: 'ent',
      expected: '409 amount_locked',
    },
    {
      name: 'declining without a reason',
      deal,
      input: { to: 'declined', version: 4 },
      by: 'ent',
      expected: '422 invalid_input',
    },
  ] as Array<{ name: string; deal: Deal; input: DealMoveInput; by: string; expected: string }>)(
    '$name: $expected',
    ({ deal: d, input, by, expected }) => {
      expect(refusal(() => movedDeal(d, input, actor(by)))).toBe(expected);
    },
  );

  it('records the step in the history, stamps signing and moves the version', () => {
    const moved = movedDeal(deal, { to: 'signed', version: 4, note: '签约' }, actor('ent'));
    expect(moved).toMatchObject({ stage: 'signed', signedAt: '2026-05-03T02:00:00.000Z', version: 5 });
    expect(moved.history.at(-1)).toEqual({
      stage: 'signed',
      at: '2026-05-03T02:00:00.000Z',
      by: 'u-ent',
      byOrgId: 'ent',
      note: '签约',
    });
  });

  it('drops the parties’ uncounted answers when the amount changes, keeps them when it does not', () => {
    const answered = { ...deal, confirmations: [confirmation('uni')] };
    expect(movedDeal(answered, { to: 'signed', version: 4 }, actor('ent')).confirmations).toHaveLength(1);
    expect(
      movedDeal(answered, { to: 'signed', version: 4, amountFen: 90_000_000 }, actor('ent')).confirmations,
    ).toEqual([]);
  });
});

describe('a signed deal credits each party only after it confirms', () => {
  it.each([
    { name: 'nobody confirmed: signing counts nobody', confirmed: [], counted: [] },
    {
      name: 'the university confirmed: its conversion counts at signing',
      confirmed: ['uni'],
      counted: ['uni'],
    },
    {
      name: 'all confirmed: each counts once, in its role',
      confirmed: ['uni', 'ent', 'agency'],
      counted: ['ent', 'uni', 'agency'],
    },
  ])('$name', ({ confirmed, counted }) => {
    const withAnswers = { ...deal, confirmations: confirmed.map((orgId) => confirmation(orgId)) };
    const moved = movedDeal(withAnswers, { to: 'signed', version: 4 }, actor('ent'));
    const signed = signingCounts(moved, moved.signedAt!);
    expect(signed.counts.map((c) => c.orgId)).toEqual(counted);
    expect(signed.deal.confirmations.filter((c) => c.countedAt).map((c) => c.orgId)).toEqual(confirmed);
  });

  it('counts the university’s share only when it confirms after signing, then never again', () => {
    const signed: Deal = { ...deal, stage: 'signed', signedAt: '2026-05-02T00:00:00.000Z' };
    const first = answeredDeal(signed, { status: 'confirmed', version: 4 }, actor('uni'));
    expect(first.counts).toEqual([
      {
        orgId: 'uni',
        role: 'supplier',
        counts: { conversionCount: 1, conversionFen: 80_000_000 },
        amountFen: 80_000_000,
      },
    ]);
    expect(alreadyConfirmed(first.deal, 'uni')).toBe(true);
    expect(alreadyConfirmed(signed, 'uni')).toBe(false);
  });

  it('counts nothing for a confirmation before signing, nor for a dispute', () => {
    expect(answeredDeal(deal, { status: 'confirmed', version: 4 }, actor('uni')).counts).toEqual([]);
    const signed: Deal = { ...deal, stage: 'signed', signedAt: '2026-05-02T00:00:00.000Z' };
    const disputed = answeredDeal(
      signed,
      { status: 'disputed', version: 4, reason: '金额不符' },
      actor('uni'),
    );
    expect(disputed.counts).toEqual([]);
    expect(disputed.deal.confirmations).toEqual([
      expect.objectContaining({ orgId: 'uni', status: 'disputed', reason: '金额不符' }),
    ]);
  });
});
