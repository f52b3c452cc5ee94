import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { aPatent } from '../patent/patent.fixture.ts';
import { aDeclaration } from './declaration.fixture.ts';
import type { DeclarationStatus } from './declaration.ts';
import {
  DECLARATION_ACTION_ACTORS,
  type DeclarationAction,
  declarationActionsFrom,
  isPriceEditable,
  shouldExpire,
  transition,
} from './lifecycle.ts';

const at = '2025-06-02T08:00:00.000Z';

describe('transition', () => {
  it.each<[DeclarationAction, DeclarationStatus, DeclarationStatus, string | undefined]>([
    ['submit', 'draft', 'submitted', undefined],
    ['publish', 'submitted', 'published', undefined],
    ['reject', 'submitted', 'rejected', '评价报告编号有误'],
    ['withdraw', 'published', 'withdrawn', '技术已转让'],
    ['office_withdraw', 'published', 'office_withdrawn', '声明时存在质押未经同意'],
    ['expire', 'published', 'expired', undefined],
    ['revise', 'rejected', 'draft', undefined],
  ])('lets %s move a declaration from %s to %s', (action, from, to, reason) => {
    // Prepare
    const declaration = aDeclaration({ status: from });

    // Act
    const next = transition(declaration, action, { actorId: 'u1', at, ...(reason ? { reason } : {}) });

    // Assess
    expect(next).toMatchObject({ status: to, updatedAt: at, version: 2, statusChangedBy: 'u1' });
    if (reason !== undefined) expect(next.statusReason).toBe(reason);
    expect(declaration.status).toBe(from);
  });

  it.each<[DeclarationAction, 'submittedAt' | 'publishedAt' | 'withdrawnAt', DeclarationStatus]>([
    ['submit', 'submittedAt', 'draft'],
    ['publish', 'publishedAt', 'submitted'],
    ['withdraw', 'withdrawnAt', 'published'],
    ['office_withdraw', 'withdrawnAt', 'published'],
  ])('stamps %s with %s', (action, stamp, from) => {
    const next = transition(aDeclaration({ status: from }), action, {
      actorId: 'u1',
      at,
      reason: '理由充分',
    });

    expect(next[stamp]).toBe(at);
  });

  it.each<[DeclarationAction, DeclarationStatus, string]>([
    [
      'submit',
      'published',
      '当前状态为「已公告」，不能提交，只有「草稿」的声明可以提交 / cannot submit a declaration that is published',
    ],
    [
      'publish',
      'draft',
      '当前状态为「草稿」，不能公告，只有「待审核」的声明可以公告 / cannot publish a declaration that is draft',
    ],
    [
      'withdraw',
      'submitted',
      '当前状态为「待审核」，不能撤回，只有「已公告」的声明可以撤回 / cannot withdraw a declaration that is submitted',
    ],
    [
      'expire',
      'withdrawn',
      '当前状态为「已撤回」，不能使失效，只有「已公告」的声明可以使失效 / cannot expire a declaration that is withdrawn',
    ],
    [
      'revise',
      'office_withdrawn',
      '当前状态为「已被撤销」，不能退回修改，只有「已驳回」的声明可以退回修改 / cannot revise a declaration that is office_withdrawn',
    ],
    [
      'publish',
      'expired',
      '当前状态为「已失效」，不能公告，只有「待审核」的声明可以公告 / cannot publish a declaration that is expired',
    ],
    [
      'reject',
      'rejected',
      '当前状态为「已驳回」，不能驳回，只有「待审核」的声明可以驳回 / cannot reject a declaration that is rejected',
    ],
  ])('refuses %s from %s with 409, naming the status in Chinese', (action, from, message) => {
    expect(() =>
      transition(aDeclaration({ status: from }), action, { actorId: 'u1', at, reason: '理由充分' }),
    ).toThrow(expect.objectContaining({ code: 'invalid_transition', status: 409, message }) as DomainError);
  });

  it.each<[DeclarationAction, DeclarationStatus]>([
    ['reject', 'submitted'],
    ['withdraw', 'published'],
    ['office_withdraw', 'published'],
  ])('requires a reason to %s', (action, from) => {
    for (const reason of [undefined, '  ', '否']) {
      expect(() =>
        transition(aDeclaration({ status: from }), action, {
          actorId: 'u1',
          at,
          ...(reason === undefined ? {} : { reason }),
        }),
      ).toThrow(expect.objectContaining({ code: 'reason_required', status: 422 }) as DomainError);
    }
  });

  it('keeps the rejection reason while revising and clears it on the next submit', () => {
    // Prepare
    const rejected = aDeclaration({ status: 'rejected', statusReason: '估算说明不充分' });

    // Act
    const draft = transition(rejected, 'revise', { actorId: 'u1', at });
    const submitted = transition(draft, 'submit', { actorId: 'u1', at });

    // Assess
    expect(draft.statusReason).toBe('估算说明不充分');
    expect(submitted).not.toHaveProperty('statusReason');
    expect(submitted.version).toBe(3);
  });
});

describe('DECLARATION_ACTION_ACTORS', () => {
  it('gives publishing and rejecting to the office and expiry to the system', () => {
    expect(DECLARATION_ACTION_ACTORS).toEqual({
      submit: 'holder',
      publish: 'office',
      reject: 'office',
      withdraw: 'holder',
      office_withdraw: 'office',
      expire: 'system',
      revise: 'holder',
    });
  });
});

describe('isPriceEditable', () => {
  it.each<[DeclarationStatus, boolean]>([
    ['draft', true],
    ['rejected', true],
    ['submitted', false],
    ['published', false],
    ['withdrawn', false],
    ['office_withdrawn', false],
    ['expired', false],
  ])('answers %s: %s', (status, editable) => {
    expect(isPriceEditable(status)).toBe(editable);
  });
});

describe('shouldExpire', () => {
  const today = '2025-06-01';
  const published = aDeclaration({ status: 'published', period: { start: '2024-06-01', end: '2025-05-31' } });

  it('expires a published declaration whose period has ended', () => {
    expect(shouldExpire(published, aPatent(), today)).toBe(true);
  });

  it('keeps it on the last day of the period', () => {
    expect(shouldExpire(published, aPatent(), '2025-05-31')).toBe(false);
  });

  it.each([
    ['expired', aPatent({ expiryDate: '2025-05-31' })],
    ['lapsed', aPatent({ legal: { annualFee: 'lapsed', proceedingsSuspended: false } })],
    [
      'invalidated',
      aPatent({ legal: { annualFee: 'paid', proceedingsSuspended: false, invalidated: true } }),
    ],
  ])('expires it when the patent is %s', (_name, patent) => {
    const current = aDeclaration({ status: 'published' });

    expect(shouldExpire(current, patent, today)).toBe(true);
  });

  it('leaves a declaration alone while fees are only in the late window', () => {
    const patent = aPatent({ legal: { annualFee: 'late_window', proceedingsSuspended: false } });

    expect(shouldExpire(aDeclaration({ status: 'published' }), patent, today)).toBe(false);
  });

  it('never expires one that is not published', () => {
    expect(shouldExpire({ ...published, status: 'draft' }, aPatent(), today)).toBe(false);
  });
});

describe('declarationActionsFrom', () => {
  it.each<[DeclarationStatus, DeclarationAction[]]>([
    ['draft', ['submit']],
    ['submitted', ['publish', 'reject']],
    ['published', ['withdraw', 'office_withdraw', 'expire']],
    ['rejected', ['revise']],
    ['withdrawn', []],
    ['office_withdrawn', []],
    ['expired', []],
  ])('offers from %s exactly %j', (status, actions) => {
    expect(declarationActionsFrom(status)).toEqual(actions);
  });
});
