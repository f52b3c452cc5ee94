import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../api/bundles.ts';
import {
  bundleToForm,
  canonicalNumber,
  formToBundleInput,
  memberNumbers,
  newBundleForm,
} from './bundle-form-model.ts';

const messages = {
  amountRequired: '请填写金额',
  invalidAmount: '金额格式不正确',
  invalidRate: '请填写百分比',
  invalidMonths: '请填写月数',
};
const contact = { name: '陈经理', phone: '0731-88990000', email: 'pool@lugu-park.cn' };

describe('canonicalNumber', () => {
  it.each([
    ['ZL201710601862.3', '201710601862.3'],
    ['2017106018623', '201710601862.3'],
    ['zl 2019 2074 6218.x', '201920746218.X'],
    ['ＺＬ９５１１５６０８．Ｘ', '95115608.X'],
  ])('reads %j as %j', (typed, number) => {
    expect(canonicalNumber(typed)).toBe(number);
  });
});

describe('memberNumbers', () => {
  it('splits on lines and list separators, keeping the order and each number once', () => {
    expect(memberNumbers('ZL201710601862.3\n201811093527.8；2017106018623, 201910458236.2')).toEqual([
      '201710601862.3',
      '201811093527.8',
      '201910458236.2',
    ]);
  });
});

describe('formToBundleInput', () => {
  it('builds a draft with members by number and the royalty in fen', () => {
    // Prepare
    const form = {
      ...newBundleForm({ contact }, '2026-03-01'),
      name: '  动力电池材料专利包 ',
      members: 'ZL201710601862.3\nZL201811093527.8',
      royaltyEstimationNote: '按成员专利单独许可价之和的七成确定打包价',
    };
    form.royalty = { ...form.royalty, amount: '80万' };

    // Act
    const result = formToBundleInput(form, messages);

    // Assess
    expect(result).toMatchObject({
      ok: true,
      input: {
        name: '动力电池材料专利包',
        members: [{ patentNumber: '201710601862.3' }, { patentNumber: '201811093527.8' }],
        royalty: { method: 'lump_sum', amountFen: 80_000_000 },
        period: { start: '2026-03-01', end: '2029-02-28' },
        territory: '中国大陆',
        contact,
      },
    });
  });

  it('round-trips a saved bundle through the builder', () => {
    // Prepare
    const bundle = {
      name: '动力电池材料专利包',
      description: '',
      members: [{ patentNumber: '201710601862.3' }, { patentNumber: '201811093527.8' }],
      royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 4 },
      royaltyEstimationNote: '按成员专利单独许可价之和的七成确定打包价',
      period: { start: '2026-03-01', end: '2029-02-28' },
      scope: '制造、使用、销售',
      territory: '中国大陆',
      contact,
    } as unknown as Bundle;

    // Act
    const result = formToBundleInput(bundleToForm(bundle), messages);

    // Assess
    expect(result).toEqual({
      ok: true,
      input: {
        name: bundle.name,
        description: '',
        members: bundle.members,
        royalty: bundle.royalty,
        royaltyEstimationNote: bundle.royaltyEstimationNote,
        period: bundle.period,
        scope: bundle.scope,
        territory: bundle.territory,
        contact,
      },
    });
  });
});
