import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../api/declarations.ts';
import type { Patent } from '../../api/patents.ts';
import {
  coOwnersOf,
  DEFAULT_SCOPE,
  DEFAULT_TERRITORY,
  declarationToForm,
  defaultPeriod,
  formToDeclarationInput,
  newDeclarationForm,
} from './declaration-form-model.ts';

const messages = {
  amountRequired: '请填写金额',
  invalidAmount: '金额格式不正确',
  invalidRate: '请填写百分比',
  invalidMonths: '请填写月数',
};
const contact = { name: '李老师', phone: '0731-88830000', email: 'tto@csu.edu.cn' };
const holder = { name: '中南大学', contact };

const patent: Patent = {
  number: '201710601862.3',
  type: 'invention',
  title: '一种高镍三元正极材料的制备方法',
  keywords: [],
  industryChains: [],
  ipc: ['H01M 4/525'],
  patentees: [{ name: '中南大学', orgId: 'ORG-CSU' }, { name: '湖南某某新材料有限公司' }],
  inventors: ['张三'],
  filingDate: '2017-07-26',
  grantDate: '2019-11-05',
  expiryDate: '2037-07-25',
  legal: {
    annualFee: 'paid',
    pledge: { pledgee: '长沙银行', pledgeeConsented: false },
    proceedingsSuspended: false,
  },
  holderOrgId: 'ORG-CSU',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

describe('defaultPeriod', () => {
  it('runs three years from today', () => {
    expect(defaultPeriod('2026-03-01', '2040-01-01')).toEqual({ start: '2026-03-01', end: '2029-02-28' });
  });

  it('ends no later than the patent expires', () => {
    expect(defaultPeriod('2026-03-01', '2027-06-30')).toEqual({ start: '2026-03-01', end: '2027-06-30' });
  });
});

describe('coOwnersOf', () => {
  it('leaves out the holder, whether linked by organisation or only named', () => {
    expect(coOwnersOf(patent, '中南大学')).toEqual(['湖南某某新材料有限公司']);
    expect(
      coOwnersOf({ ...patent, patentees: [{ name: '中南大学' }, { name: '张三' }] }, '中南大学'),
    ).toEqual(['张三']);
  });
});

describe('newDeclarationForm', () => {
  it('starts from the patent, the holder’s contact and the usual terms', () => {
    // Act
    const form = newDeclarationForm(patent, holder, '2026-03-01');

    // Assess
    expect(form).toMatchObject({
      patentNumber: '201710601862.3',
      periodStart: '2026-03-01',
      periodEnd: '2029-02-28',
      scope: DEFAULT_SCOPE,
      territory: DEFAULT_TERRITORY,
      contactName: '李老师',
      coOwners: [{ name: '湖南某某新材料有限公司', consented: false }],
      pledged: true,
      pledgeeConsent: false,
    });
  });

  it('does not ask for a pledgee’s consent when the patent is not pledged', () => {
    const { pledge: _pledge, ...legal } = patent.legal;
    expect(newDeclarationForm({ ...patent, legal }, holder, '2026-03-01').pledged).toBe(false);
  });
});

describe('formToDeclarationInput', () => {
  it('builds the statutory declaration with the marketing text kept apart', () => {
    // Prepare
    const form = {
      ...newDeclarationForm(patent, holder, '2026-03-01'),
      royalty: { ...newDeclarationForm(patent, holder, '2026-03-01').royalty, amount: '50万' },
      royaltyEstimationNote: '  参照同类专利许可成交价确定  ',
      coOwners: [{ name: '湖南某某新材料有限公司', consented: true }],
      pledgeeConsent: true,
      marketingText: '已完成中试',
    };

    // Act
    const result = formToDeclarationInput(form, messages);

    // Assess
    expect(result).toEqual({
      ok: true,
      input: {
        patentNumber: '201710601862.3',
        royalty: { method: 'lump_sum', amountFen: 50_000_000 },
        royaltyEstimationNote: '参照同类专利许可成交价确定',
        period: { start: '2026-03-01', end: '2029-02-28' },
        scope: DEFAULT_SCOPE,
        territory: DEFAULT_TERRITORY,
        contact,
        marketingText: '已完成中试',
        coOwnerConsents: [{ name: '湖南某某新材料有限公司', consented: true }],
        pledgeeConsent: true,
      },
    });
  });

  it('leaves out blank optional text and the pledgee’s consent of an unpledged patent', () => {
    // Prepare
    const form = {
      ...newDeclarationForm(patent, holder, '2026-03-01'),
      territory: ' ',
      pledged: false,
    };
    form.royalty = { ...form.royalty, method: 'free' };

    // Act
    const result = formToDeclarationInput(form, messages);

    // Assess
    expect(result.ok && result.input).not.toHaveProperty('territory');
    expect(result.ok && result.input).not.toHaveProperty('marketingText');
    expect(result.ok && result.input).not.toHaveProperty('pledgeeConsent');
    expect(result.ok && result.input).not.toHaveProperty('evaluationReportReference');
  });

  it('refuses a form whose amounts the browser cannot read', () => {
    expect(formToDeclarationInput(newDeclarationForm(patent, holder, '2026-03-01'), messages)).toEqual({
      ok: false,
      errors: { 'royalty.amountFen': '请填写金额' },
    });
  });
});

describe('declarationToForm', () => {
  it('ticks the co-owners the declaration recorded and asks again for one added since', () => {
    // Prepare
    const declaration = {
      id: '01J0000000000000000000000A',
      patentNumber: patent.number,
      royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
      royaltyEstimationNote: '参照行业费率确定为净销售额的 3%',
      period: { start: '2026-03-01', end: '2029-02-28' },
      scope: '制造、使用、销售',
      territory: '中国大陆',
      contact,
      coOwnerConsents: [{ name: '湖南某某新材料有限公司', consented: true }],
      pledgeeConsent: true,
      holderOrgId: 'ORG-CSU',
      patentees: patent.patentees,
      patentType: 'invention',
      status: 'rejected',
      createdAt: '2026-03-01T00:00:00Z',
      updatedAt: '2026-03-01T00:00:00Z',
      version: 3,
    } as unknown as Declaration;
    const withNewCoOwner = { ...patent, patentees: [...patent.patentees, { name: '李四' }] };

    // Act
    const form = declarationToForm(declaration, withNewCoOwner, '中南大学');

    // Assess
    expect(form.coOwners).toEqual([
      { name: '湖南某某新材料有限公司', consented: true },
      { name: '李四', consented: false },
    ]);
    expect(form.royalty).toMatchObject({ method: 'running_royalty', base: 'net_sales', rate: '3' });
    expect(form.pledgeeConsent).toBe(true);
    expect(formToDeclarationInput(form, messages).ok).toBe(true);
  });
});
