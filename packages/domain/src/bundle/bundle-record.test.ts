import { describe, expect, it } from 'vitest';
import { aPatent, aUtilityModel } from '../patent/patent.fixture.ts';
import { patentCheckChar } from '../validation/patent-number.ts';
import {
  BUNDLE_MAX_HOLDERS,
  type BundleDraftInput,
  BundleDraftInputSchema,
  bundleMemberOf,
  editBundle,
  newBundle,
} from './bundle-record.ts';

const period = { start: '2025-07-01', end: '2028-06-30' };
const rawInput = (overrides: Record<string, unknown> = {}) => ({
  name: '锂电池正极材料专利包',
  members: [{ patentNumber: 'ZL201710601862.3' }, { patentNumber: '201920123456.5' }],
  royalty: { method: 'lump_sum', amountFen: 10_000_000 },
  royaltyEstimationNote: '按各成员专利单独许可费之和的八折估算',
  period,
  scope: '制造、使用、销售本专利包覆盖的产品',
  contact: { name: '园区办', phone: '0731-88888888', email: 'pool@park.cn' },
  ...overrides,
});
const input = (overrides: Record<string, unknown> = {}): BundleDraftInput =>
  BundleDraftInputSchema.parse(rawInput(overrides));
const members = [
  bundleMemberOf(aPatent(), '湘江大学'),
  bundleMemberOf(aUtilityModel({ holderOrgId: 'org-ls' }), '麓山大学'),
];
const organiser = { id: 'org-park', name: '麓谷园区', type: 'park' as const };
const at = '2025-06-01T00:00:00.000Z';
const draft = () => newBundle(input(), members, organiser, { id: 'b1', at });

const issuesAt = (raw: unknown, path: string) =>
  BundleDraftInputSchema.safeParse(raw).error?.issues.filter((issue) => issue.path.join('.') === path) ?? [];

describe('BundleDraftInputSchema', () => {
  it('names members by canonical number only', () => {
    expect(input().members).toEqual([{ patentNumber: '201710601862.3' }, { patentNumber: '201920123456.5' }]);
  });

  it('refuses the same patent twice, however it is spelled', () => {
    const raw = rawInput({
      members: [{ patentNumber: 'ZL201710601862.3' }, { patentNumber: '2017106018623' }],
    });
    expect(issuesAt(raw, 'members')[0]?.message).toContain('专利包中的专利不能重复');
  });

  it('refuses malformed dates with a message instead of throwing', () => {
    const raw = rawInput({ period: { start: '', end: '2026-13-01' } });
    expect(() => BundleDraftInputSchema.safeParse(raw)).not.toThrow();
    expect(issuesAt(raw, 'period.start')).toHaveLength(1);
  });

  it('refuses an instalment that falls due after the period', () => {
    const royalty = {
      method: 'instalments',
      totalFen: 2_000_000,
      schedule: [
        { dueAfterMonths: 0, amountFen: 1_000_000 },
        { dueAfterMonths: 48, amountFen: 1_000_000 },
      ],
    };
    expect(issuesAt(rawInput({ royalty }), 'royalty.schedule.1.dueAfterMonths')).toHaveLength(1);
  });
});

describe('newBundle', () => {
  it('starts a draft with every holder pending, in the order its patents appear', () => {
    const bundle = draft();
    expect(bundle).toMatchObject({
      status: 'draft',
      version: 1,
      organiserOrgId: 'org-park',
      statusChangedAt: at,
      holders: [
        { orgId: 'org-uni', name: '湘江大学', decision: 'pending' },
        { orgId: 'org-ls', name: '麓山大学', decision: 'pending' },
      ],
    });
    expect(bundle.members.map((m) => [m.patentNumber, m.holderOrgId, m.patentType])).toEqual([
      ['201710601862.3', 'org-uni', 'invention'],
      ['201920123456.5', 'org-ls', 'utility_model'],
    ]);
  });

  it(`refuses patents from more than ${BUNDLE_MAX_HOLDERS} holders`, () => {
    const many = Array.from({ length: BUNDLE_MAX_HOLDERS + 1 }, (_, i) => {
      const digits = `20191${String(i).padStart(7, '0')}`;
      return bundleMemberOf(
        aPatent({ number: `${digits}.${patentCheckChar(digits)}`, holderOrgId: `org-${i}` }),
        `大学${i}`,
      );
    });
    const wide = input({ members: many.map((m) => ({ patentNumber: m.patentNumber })) });
    expect(() => newBundle(wide, many, organiser, { id: 'b2', at })).toThrow(
      expect.objectContaining({ code: 'too_many_holders', status: 422 }),
    );
  });
});

describe('editBundle', () => {
  const consented = () => ({
    ...draft(),
    holders: draft().holders.map((h) => ({ ...h, decision: 'consented' as const })),
  });

  it('keeps consents when only the name, description or contact change', () => {
    const edited = editBundle(
      consented(),
      input({ name: '正极材料专利包', description: '新介绍' }),
      members,
      at,
    );
    expect(edited.holders.map((h) => h.decision)).toEqual(['consented', 'consented']);
    expect(edited).toMatchObject({ name: '正极材料专利包', version: 2 });
  });

  it.each([
    ['price', { royalty: { method: 'lump_sum', amountFen: 20_000_000 } }],
    ['period', { period: { start: '2025-07-01', end: '2027-06-30' } }],
    ['scope', { scope: '制造本专利包覆盖的产品' }],
    ['members', { members: [{ patentNumber: '201920123456.5' }, { patentNumber: '201710601862.3' }] }],
  ])('voids every consent when the %s changes', (_what, overrides) => {
    const edited = editBundle(consented(), input(overrides), members, at);
    expect(edited.holders.map((h) => h.decision)).toEqual(['pending', 'pending']);
  });

  it('refuses to edit once submitted: a published bundle is withdrawn and organised again', () => {
    expect(() => editBundle({ ...draft(), status: 'published' }, input(), members, at)).toThrow(
      expect.objectContaining({ code: 'bundle_not_editable', status: 409 }),
    );
  });
});
