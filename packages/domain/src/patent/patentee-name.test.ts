import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { checkPatentClaimant, isAmongPatentees, normaliseOrgName } from './patentee-name.ts';

const refusal = (run: () => void): DomainError | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
};

describe('normaliseOrgName', () => {
  it.each([
    [
      'full-width and half-width brackets',
      '长沙市市场监督管理局（知识产权局）',
      '长沙市市场监督管理局(知识产权局)',
    ],
    ['Chinese lenticular brackets', '长沙市市场监督管理局【知识产权局】', '长沙市市场监督管理局(知识产权局)'],
    ['a full-width space inside', '中南　大学', '中南大学'],
    ['spaces around and between', '  中南 大学 ', '中南大学'],
    ['full-width Latin letters and digits', 'ＡＢＣ科技２０２６有限公司', 'abc科技2026有限公司'],
    ['Latin case', 'Hunan CSU Tech Co., Ltd.', 'hunancsutechco.,ltd.'],
  ])('folds %s', (_, written, expected) => {
    // Act / Assess
    expect(normaliseOrgName(written)).toBe(expected);
  });

  it('keeps different names different', () => {
    expect(normaliseOrgName('中南大学')).not.toBe(normaliseOrgName('湖南大学'));
  });
});

describe('isAmongPatentees', () => {
  it.each([
    ['the only patentee', '中南大学', [{ name: '中南大学' }], true],
    ['one of several co-owners', '中南大学', [{ name: '湖南大学' }, { name: '中 南 大 学' }], true],
    [
      'written with other brackets',
      '长沙市市场监督管理局（知识产权局）',
      [{ name: '长沙市市场监督管理局 (知识产权局)' }],
      true,
    ],
    ['not named', '湖南麓谷锂电新能源有限公司', [{ name: '中南大学' }], false],
    ['only a part of a name', '中南大学', [{ name: '中南大学湘雅医院' }], false],
    ['an empty name', '  ', [{ name: ' ' }], false],
  ])('%s → %s', (_, org, patentees, expected) => {
    expect(isAmongPatentees(org, patentees)).toBe(expected);
  });
});

describe('checkPatentClaimant', () => {
  it('refuses an organisation that is not approved yet, whatever the patentees say (403)', () => {
    const error = refusal(() =>
      checkPatentClaimant({ name: '中南大学', status: 'pending' }, [{ name: '中南大学' }]),
    );
    expect(error).toMatchObject({ code: 'org_not_approved', status: 403 });
  });

  it('refuses an approved organisation that is not among the patentees, naming the field (422)', () => {
    const error = refusal(() =>
      checkPatentClaimant({ name: '湖南麓谷锂电新能源有限公司', status: 'approved' }, [{ name: '中南大学' }]),
    );
    expect(error).toMatchObject({ code: 'not_a_patentee', status: 422 });
    expect(error?.details).toEqual([expect.objectContaining({ path: 'patentees' })]);
    expect(error?.message).toContain('湖南麓谷锂电新能源有限公司');
  });

  it('accepts an approved patentee, its name written with full-width brackets and spaces', () => {
    expect(
      refusal(() =>
        checkPatentClaimant({ name: '长沙市麓谷（先进）研究院', status: 'approved' }, [
          { name: '长沙市麓谷 (先进) 研究院' },
        ]),
      ),
    ).toBeUndefined();
  });
});
