import { describe, expect, it } from 'vitest';
import type { Patent } from '../../api/patents.ts';
import { emptyPatentForm, formToPatentInput, patentToForm, typeOfNumber } from './patent-form-model.ts';

const messages = { invalidPercent: '请填写 0–100 之间的数字' };

const patent: Patent = {
  number: '201710601862.3',
  type: 'invention',
  title: '一种高镍三元正极材料的制备方法',
  abstract: '本发明公开了……',
  keywords: ['高镍', '正极材料'],
  industryChains: ['先进储能材料'],
  ipc: ['H01M 4/525'],
  patentees: [{ name: '中南大学', orgId: 'ORG-CSU' }, { name: '湖南某某新材料有限公司' }],
  inventors: ['张三', '李四'],
  filingDate: '2017-07-26',
  grantDate: '2019-11-05',
  expiryDate: '2037-07-25',
  legal: {
    annualFee: 'paid',
    pledge: { pledgee: '长沙银行', pledgeeConsented: true },
    proceedingsSuspended: false,
  },
  feeReductionPercent: 85,
  holderOrgId: 'ORG-CSU',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

describe('formToPatentInput', () => {
  it('round-trips a stored patent through the form, keeping linked patentees', () => {
    // Act
    const result = formToPatentInput(patentToForm(patent), patent, messages);

    // Assess
    expect(result).toEqual({
      ok: true,
      input: {
        number: 'ZL201710601862.3',
        title: patent.title,
        abstract: patent.abstract,
        keywords: patent.keywords,
        industryChains: patent.industryChains,
        ipc: patent.ipc,
        patentees: patent.patentees,
        inventors: patent.inventors,
        filingDate: patent.filingDate,
        grantDate: patent.grantDate,
        legal: patent.legal,
        feeReductionPercent: 85,
      },
    });
  });

  it('leaves empty optional groups out', () => {
    const form = {
      ...emptyPatentForm('中南大学'),
      number: '201710601862.3',
      title: 't',
      filingDate: '2017-07-26',
    };
    const result = formToPatentInput(form, null, messages);
    expect(result.ok && result.input).toEqual({
      number: '201710601862.3',
      title: 't',
      keywords: [],
      industryChains: [],
      ipc: [],
      patentees: [{ name: '中南大学' }],
      inventors: [],
      filingDate: '2017-07-26',
      legal: { annualFee: 'paid', proceedingsSuspended: false },
    });
  });

  it('sends an exclusive licence and an evaluation report when filled in', () => {
    const form = {
      ...emptyPatentForm('x'),
      exclusiveKind: 'sole' as const,
      exclusiveUntil: '2027-12-31',
      evaluationReference: 'PJ2019',
      evaluationConclusion: 'favourable' as const,
    };
    const result = formToPatentInput(form, null, messages);
    expect(result.ok && result.input.legal.exclusiveLicence).toEqual({ kind: 'sole', until: '2027-12-31' });
    expect(result.ok && result.input.evaluationReport).toEqual({
      reference: 'PJ2019',
      conclusion: 'favourable',
    });
  });

  it.each(['abc', '120', '-1'])('refuses a fee reduction of %j beside the field', (value) => {
    const result = formToPatentInput({ ...emptyPatentForm(), feeReductionPercent: value }, null, messages);
    expect(result).toEqual({ ok: false, errors: { feeReductionPercent: messages.invalidPercent } });
  });

  it('accepts a percent sign', () => {
    const result = formToPatentInput({ ...emptyPatentForm(), feeReductionPercent: '85%' }, null, messages);
    expect(result.ok && result.input.feeReductionPercent).toBe(85);
  });
});

describe('typeOfNumber', () => {
  it.each([
    ['ZL201710601862.3', 'invention'],
    ['201920746218.X', 'utility_model'],
    ['zl 2023 3 0891574.7', 'design'],
    ['95115608.X', 'invention'],
    ['2017106', null],
  ] as const)('reads %j as %s', (number, type) => {
    expect(typeOfNumber(number)).toBe(type);
  });
});
