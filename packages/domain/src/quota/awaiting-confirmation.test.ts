import { describe, expect, it } from 'vitest';
import type { DealConfirmation } from '../deal/deal-confirmation.ts';
import type { Deal } from '../deal/deal-record.ts';
import type { LicenceReceipt } from '../licence/licence-receipt.ts';
import { brokerDue, receiptWaitsFor } from '../licence/licence-receipt.ts';
import type { OpenLicence } from '../licence/open-licence.ts';
import { awaitingConfirmation, awaitingCounts } from './awaiting-confirmation.ts';

const SIGNED = '2026-05-01T02:00:00.000Z';

const deal = (over: Partial<Deal> = {}): Deal =>
  ({
    id: 'D1',
    kind: 'transfer',
    stage: 'signed',
    suppliers: [{ orgId: 'uni', name: '中南大学', type: 'university' }],
    acquirer: { orgId: 'ent', name: '麓谷锂电', type: 'enterprise' },
    broker: { orgId: 'agency', name: '星城知识产权', type: 'agency' },
    partyOrgIds: ['uni', 'ent', 'agency'],
    patents: [{ number: '201710601862.3', title: '回收提锂工艺', holderOrgId: 'uni' }],
    amountFen: 120_000_000,
    source: { kind: 'direct' },
    history: [],
    confirmations: [],
    signedAt: SIGNED,
    createdAt: SIGNED,
    createdBy: 'u',
    createdByOrgId: 'agency',
    updatedAt: SIGNED,
    version: 3,
    ...over,
  }) as Deal;

const answered = (orgId: string, over: Partial<DealConfirmation> = {}): DealConfirmation => ({
  orgId,
  roles: ['supplier'],
  status: 'confirmed',
  at: SIGNED,
  by: 'u',
  amountFen: 120_000_000,
  patentNumbers: ['201710601862.3'],
  countedAt: SIGNED,
  ...over,
});

const receipt = (status: 'pending' | 'confirmed' | 'disputed', reason?: string): LicenceReceipt => ({
  id: 'R1',
  kind: 'open_licence',
  what: '开放许可生效',
  amountFen: 4_800_000,
  recordedAt: SIGNED,
  recordedBy: 'u',
  licensors: [
    {
      orgId: 'uni',
      name: '中南大学',
      amountFen: 4_800_000,
      counts: { conversionCount: 1, conversionFen: 4_800_000 },
      summary: 's',
      data: {},
      status,
      ...(reason ? { reason } : {}),
    },
  ],
  broker: { orgId: 'agency', amountFen: 4_800_000, counts: { brokeredCount: 1 }, summary: 's', data: {} },
});

const licence = (receipts: LicenceReceipt[]) =>
  ({
    id: 'L1',
    offer: { title: '回收提锂工艺' },
    licensee: { orgId: 'ent', name: '麓谷锂电' },
    version: 2,
    receipts,
  }) as unknown as OpenLicence;

describe('what waits for an organisation’s confirmation', () => {
  const cases: Array<[string, Deal[], OpenLicence[], string, number | undefined, string[]]> = [
    ['a signed deal it has not confirmed', [deal()], [], 'uni', undefined, ['deal:unconfirmed']],
    [
      'the same deal once it confirmed',
      [deal({ confirmations: [answered('uni')] })],
      [],
      'uni',
      undefined,
      [],
    ],
    [
      'a deal it disputes',
      [
        deal({
          confirmations: [answered('uni', { status: 'disputed', countedAt: undefined, reason: '未签约' })],
        }),
      ],
      [],
      'uni',
      undefined,
      ['deal:disputed'],
    ],
    [
      'a deal not signed yet',
      [deal({ stage: 'negotiating', signedAt: undefined })],
      [],
      'uni',
      undefined,
      [],
    ],
    ['a deal of another year', [deal()], [], 'uni', 2025, []],
    [
      'a payment recorded to it as licensor',
      [],
      [licence([receipt('pending')])],
      'uni',
      2026,
      ['licence_receipt:unconfirmed'],
    ],
    ['a payment it confirmed', [], [licence([receipt('confirmed')])], 'uni', undefined, []],
    ['a payment, for the licensee', [], [licence([receipt('pending')])], 'ent', undefined, []],
  ];
  it.each(cases)('%s', (_, deals, licences, orgId, year, expected) => {
    const items = awaitingConfirmation(orgId, deals, licences, year);
    expect(items.map((i) => `${i.kind}:${i.status}`)).toEqual(expected);
  });

  it('names the organisation’s role, its share and the reason it gave', () => {
    const [item] = awaitingConfirmation(
      'uni',
      [
        deal({
          confirmations: [answered('uni', { status: 'disputed', countedAt: undefined, reason: '未签约' })],
        }),
      ],
      [],
    );
    expect(item).toMatchObject({
      role: '供方',
      counterpart: '麓谷锂电',
      amountFen: 120_000_000,
      reason: '未签约',
      version: 3,
    });
    expect(item?.title).toContain('转让 ZL201710601862.3');
    expect(awaitingCounts(item ? [item] : [])).toEqual({ unconfirmed: 0, disputed: 1 });
  });

  it('states the role and what it is as codes and facts, for a screen in any language', () => {
    const [ofDeal] = awaitingConfirmation('uni', [deal()], []);
    const [ofReceipt] = awaitingConfirmation('uni', [], [licence([receipt('pending')])]);
    expect(ofDeal?.roleCodes).toEqual(['supplier']);
    expect(ofDeal?.subject).toMatchObject({ kind: 'deal', dealKind: 'transfer', acquirer: '麓谷锂电' });
    expect(ofDeal?.subject?.kind === 'deal' && ofDeal.subject.patentNumbers).toContain('ZL201710601862.3');
    expect(ofReceipt?.roleCodes).toEqual(['licensor']);
    expect(ofReceipt?.subject).toMatchObject({ kind: 'licence_receipt' });
  });

  it('counts the broker of a licence only once every licensor confirmed', () => {
    expect(brokerDue(receipt('pending'))).toBe(false);
    expect(brokerDue(receipt('confirmed'))).toBe(true);
    expect(
      brokerDue({ ...receipt('confirmed'), broker: { ...receipt('confirmed').broker!, countedAt: SIGNED } }),
    ).toBe(false);
    expect(receiptWaitsFor(receipt('disputed', '未收到'), 'uni')).toBe('disputed');
    expect(receiptWaitsFor(receipt('pending'), 'agency')).toBeUndefined();
  });
});
