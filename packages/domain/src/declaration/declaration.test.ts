import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { aPatent } from '../patent/patent.fixture.ts';
import { aDeclaration, aDeclarationInput, rawDeclarationInput } from './declaration.fixture.ts';
import { DeclarationInputSchema, DeclarationSchema, editDeclaration, newDeclaration } from './declaration.ts';

const issueAt = (input: unknown, path: string) =>
  DeclarationInputSchema.safeParse(input).error?.issues.find((issue) => issue.path.join('.') === path)
    ?.message;

describe('DeclarationInputSchema', () => {
  it('canonicalises the number and defaults the territory to mainland China', () => {
    // Act
    const input = DeclarationInputSchema.parse(rawDeclarationInput());

    // Assess
    expect(input).toMatchObject({
      patentNumber: '201710601862.3',
      territory: '中国大陆',
      coOwnerConsents: [],
    });
  });

  it.each([
    [
      'a short estimation note',
      { royaltyEstimationNote: '参考市场' },
      'royaltyEstimationNote',
      '许可使用费估算说明至少 10 个字 / royaltyEstimationNote needs at least 10 characters',
    ],
    [
      'a period ending before it starts',
      { period: { start: '2025-07-01', end: '2025-06-01' } },
      'period.end',
      '许可期限结束日不能早于开始日 / period end is before its start',
    ],
    [
      'a bad contact email',
      { contact: { name: '王', phone: '13800138000', email: 'x' } },
      'contact.email',
      '邮箱格式不正确 / email is not valid',
    ],
    [
      'a repeated co-owner',
      {
        coOwnerConsents: [
          { name: '甲', consented: true },
          { name: '甲', consented: false },
        ],
      },
      'coOwnerConsents',
      '共有人不能重复 / coOwnerConsents must not repeat a name',
    ],
    [
      'a royalty field',
      { royalty: { method: 'lump_sum', amountFen: 0 } },
      'royalty.amountFen',
      '一次性付费金额（免费许可请选择"免费"）须大于 0 / amountFen must be more than 0',
    ],
    [
      'an instalment due after the period ends',
      {
        royalty: {
          method: 'instalments',
          totalFen: 300,
          schedule: [
            { dueAfterMonths: 0, amountFen: 100 },
            { dueAfterMonths: 36, amountFen: 200 },
          ],
        },
      },
      'royalty.schedule.1.dueAfterMonths',
      '分期付款应在许可期限内到期 / every instalment must fall due within the licence period',
    ],
  ])('refuses %s with a bilingual message on the field', (_name, overrides, path, message) => {
    expect(issueAt(rawDeclarationInput(overrides), path)).toBe(message);
  });

  it('accepts an instalment due on the last day of the period', () => {
    const royalty = {
      method: 'instalments',
      totalFen: 300,
      schedule: [{ dueAfterMonths: 35, amountFen: 300 }],
    };

    expect(
      DeclarationInputSchema.safeParse(
        rawDeclarationInput({ royalty, period: { start: '2025-07-31', end: '2028-06-30' } }),
      ).success,
    ).toBe(true);
  });

  it('keeps promotional marketing text apart from the statutory fields', () => {
    const input = DeclarationInputSchema.parse(
      rawDeclarationInput({ marketingText: '国内领先，效果最佳！' }),
    );

    expect(input.marketingText).toBe('国内领先，效果最佳！');
  });
});

describe('newDeclaration', () => {
  it('starts a draft with the patentees and type copied from the patent', () => {
    // Prepare
    const patent = aPatent({ patentees: [{ name: '湘江大学', orgId: 'org-uni' }, { name: '麓山公司' }] });

    // Act
    const declaration = newDeclaration(aDeclarationInput(), patent, {
      id: 'd1',
      holderOrgId: 'org-uni',
      at: 'now',
    });

    // Assess
    expect(declaration).toMatchObject({
      id: 'd1',
      status: 'draft',
      patentType: 'invention',
      patentees: patent.patentees,
      createdAt: 'now',
      version: 1,
    });
    expect(DeclarationSchema.parse(declaration)).toEqual(declaration);
  });

  it('refuses terms for another patent', () => {
    expect(() =>
      newDeclaration(aDeclarationInput({ patentNumber: '201810234567.3' }), aPatent(), {
        id: 'd1',
        holderOrgId: 'org-uni',
        at: 'now',
      }),
    ).toThrow(expect.objectContaining({ code: 'number_mismatch' }) as DomainError);
  });
});

describe('editDeclaration', () => {
  it.each(['draft', 'rejected'] as const)(
    'replaces the terms of a %s one and bumps the version',
    (status) => {
      // Prepare
      const declaration = aDeclaration({ status, marketingText: '旧文案' });
      const input = aDeclarationInput({ royalty: { method: 'free' } });

      // Act
      const edited = editDeclaration(declaration, input, aPatent(), 'later');

      // Assess
      expect(edited).toMatchObject({ royalty: { method: 'free' }, status, updatedAt: 'later', version: 2 });
      expect(edited).not.toHaveProperty('marketingText');
    },
  );

  it.each(['submitted', 'published', 'withdrawn'] as const)(
    'refuses to edit a %s declaration with 409',
    (status) => {
      expect(() =>
        editDeclaration(aDeclaration({ status }), aDeclarationInput(), aPatent(), 'later'),
      ).toThrow(expect.objectContaining({ code: 'declaration_not_editable', status: 409 }) as DomainError);
    },
  );
});
