import { describe, expect, it } from 'vitest';
import type { Royalty } from '../../api/royalty.ts';
import {
  emptyRoyaltyForm,
  formToRoyalty,
  instalmentsTotalFen,
  parsePercent,
  royaltyToForm,
} from './royalty-form.ts';

const messages = {
  amountRequired: '请填写金额',
  invalidAmount: '金额格式不正确',
  invalidRate: '请填写百分比',
  invalidMonths: '请填写月数',
};

describe('formToRoyalty', () => {
  it('reads a lump sum typed in 万 into fen', () => {
    // Act
    const result = formToRoyalty({ ...emptyRoyaltyForm(), amount: '50万' }, messages);

    // Assess
    expect(result).toEqual({ ok: true, royalty: { method: 'lump_sum', amountFen: 50_000_000 } });
  });

  it('sends a rate for a sales or profit base and a per-unit fee for a per-unit base, never both', () => {
    const form = { ...emptyRoyaltyForm(), method: 'running_royalty' as const, rate: '3%', perUnit: '5' };
    expect(formToRoyalty(form, messages)).toEqual({
      ok: true,
      royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
    });
    expect(formToRoyalty({ ...form, base: 'per_unit' }, messages)).toEqual({
      ok: true,
      royalty: { method: 'running_royalty', base: 'per_unit', perUnitFen: 500 },
    });
  });

  it('adds the entry fee for entry fee plus royalty', () => {
    const form = {
      ...emptyRoyaltyForm(),
      method: 'entry_fee_plus_royalty' as const,
      entryFee: '200000',
      base: 'profit' as const,
      rate: '２.５',
    };
    expect(formToRoyalty(form, messages)).toEqual({
      ok: true,
      royalty: {
        method: 'entry_fee_plus_royalty',
        entryFeeFen: 20_000_000,
        base: 'profit',
        ratePercent: 2.5,
      },
    });
  });

  it('totals the instalments from the rows, so total and schedule always agree', () => {
    // Prepare
    const form = {
      ...emptyRoyaltyForm(),
      method: 'instalments' as const,
      instalments: [
        { months: '0', amount: '10万' },
        { months: '12', amount: '200000' },
      ],
    };

    // Act
    const result = formToRoyalty(form, messages);

    // Assess
    expect(result).toEqual({
      ok: true,
      royalty: {
        method: 'instalments',
        totalFen: 30_000_000,
        schedule: [
          { dueAfterMonths: 0, amountFen: 10_000_000 },
          { dueAfterMonths: 12, amountFen: 20_000_000 },
        ],
      },
    });
    expect(instalmentsTotalFen(form.instalments)).toBe(30_000_000);
  });

  it('names each amount, rate or month it cannot read by the API path it would fill', () => {
    expect(formToRoyalty(emptyRoyaltyForm(), messages)).toEqual({
      ok: false,
      errors: { 'royalty.amountFen': '请填写金额' },
    });
    expect(formToRoyalty({ ...emptyRoyaltyForm(), method: 'running_royalty', rate: '三' }, messages)).toEqual(
      { ok: false, errors: { 'royalty.ratePercent': '请填写百分比' } },
    );
    expect(
      formToRoyalty(
        { ...emptyRoyaltyForm(), method: 'instalments', instalments: [{ months: '-1', amount: 'abc' }] },
        messages,
      ),
    ).toEqual({
      ok: false,
      errors: {
        'royalty.schedule.0.dueAfterMonths': '请填写月数',
        'royalty.schedule.0.amountFen': '金额格式不正确',
      },
    });
  });

  it('needs nothing for a free licence', () => {
    expect(formToRoyalty({ ...emptyRoyaltyForm(), method: 'free' }, messages)).toEqual({
      ok: true,
      royalty: { method: 'free' },
    });
  });
});

describe('royaltyToForm', () => {
  it.each([
    { method: 'lump_sum', amountFen: 12_345 },
    { method: 'running_royalty', base: 'profit', ratePercent: 12.5 },
    { method: 'entry_fee_plus_royalty', entryFeeFen: 20_000_000, base: 'per_unit', perUnitFen: 250 },
    {
      method: 'instalments',
      totalFen: 30_000_000,
      schedule: [
        { dueAfterMonths: 0, amountFen: 10_000_000 },
        { dueAfterMonths: 18, amountFen: 20_000_000 },
      ],
    },
    { method: 'free' },
  ] as const satisfies readonly Royalty[])('round-trips %j through the form', (royalty) => {
    expect(formToRoyalty(royaltyToForm(royalty), messages)).toEqual({ ok: true, royalty });
  });
});

describe('parsePercent', () => {
  it.each([
    ['3', 3],
    ['3%', 3],
    ['２.５％', 2.5],
    [' 12.75 ', 12.75],
    ['', undefined],
    ['3.', undefined],
    ['百分之三', undefined],
  ] as const)('reads %j as %j', (text, value) => {
    expect(parsePercent(text)).toBe(value);
  });
});
