import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  assertDealMove,
  assertLicenceEnd,
  DeclineReasonSchema,
  dealStagesFrom,
  exclusiveLicenceConflict,
  exclusiveLicenceMark,
} from './deal.ts';

describe('deal pipeline', () => {
  it('moves one stage on at a time, or to declined', () => {
    expect(dealStagesFrom('lead')).toEqual(['contacted', 'declined']);
    expect(dealStagesFrom('filed')).toEqual(['implemented', 'declined']);
    expect(dealStagesFrom('implemented')).toEqual([]);
    expect(dealStagesFrom('declined')).toEqual([]);
  });

  it('refuses skipping a stage with a 409 naming both stages in Chinese', () => {
    try {
      assertDealMove('lead', 'signed', 100);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(409);
      expect((error as DomainError).message).toContain('“线索”变为“已签约”');
    }
  });

  it('needs an amount to sign', () => {
    expect(() => assertDealMove('negotiating', 'signed', undefined)).toThrow(/成交金额/);
    expect(() => assertDealMove('negotiating', 'signed', 50_000_000)).not.toThrow();
  });

  it('needs the end date to sign an exclusive or sole licence, not before today, and nothing else', () => {
    const today = '2026-06-01';
    try {
      assertLicenceEnd('sole_license', 'signed', undefined, today);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'licence_end_required', status: 422 });
      expect((error as DomainError).message).toContain('排他许可前请填写许可截止日');
      expect((error as DomainError).details).toEqual([expect.objectContaining({ path: 'licenceEnd' })]);
    }
    expect(() => assertLicenceEnd('exclusive_license', 'signed', '2026-05-31', today)).toThrow(/早于今日/);
    expect(() => assertLicenceEnd('exclusive_license', 'signed', today, today)).not.toThrow();
    expect(() => assertLicenceEnd('exclusive_license', 'contacted', undefined, today)).not.toThrow();
    expect(() => assertLicenceEnd('ordinary_license', 'signed', undefined, today)).not.toThrow();
  });

  it('marks the patent for an exclusive or sole licence with an end date only', () => {
    expect(exclusiveLicenceMark({ kind: 'exclusive_license', licenceEnd: '2030-01-01' })).toEqual({
      kind: 'exclusive',
      until: '2030-01-01',
    });
    expect(exclusiveLicenceMark({ kind: 'sole_license', licenceEnd: '2030-01-01' })?.kind).toBe('sole');
    expect(exclusiveLicenceMark({ kind: 'sole_license' })).toBeUndefined();
    expect(exclusiveLicenceMark({ kind: 'ordinary_license', licenceEnd: '2030-01-01' })).toBeUndefined();
  });

  it('asks for a text when the decline reason is other', () => {
    expect(DeclineReasonSchema.safeParse({ reason: 'other' }).success).toBe(false);
    expect(DeclineReasonSchema.safeParse({ reason: 'price' }).success).toBe(true);
  });
});

describe('exclusive licence guard', () => {
  it('refuses an exclusive or sole licence on an open-licensed patent, telling to withdraw first', () => {
    const conflict = exclusiveLicenceConflict('exclusive_license', ['ZL202310123456.7']);
    expect(conflict?.status).toBe(409);
    expect(conflict?.message).toContain('请先撤回开放许可声明');
    expect(conflict?.details).toEqual({ patentNumbers: ['ZL202310123456.7'] });
    expect(exclusiveLicenceConflict('sole_license', ['ZL1'])).toBeDefined();
  });

  it('allows ordinary licences, transfers and patents without a published open licence', () => {
    expect(exclusiveLicenceConflict('ordinary_license', ['ZL1'])).toBeUndefined();
    expect(exclusiveLicenceConflict('exclusive_license', [])).toBeUndefined();
  });
});
