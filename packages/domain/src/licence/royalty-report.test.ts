import { describe, expect, it } from 'vitest';
import { RoyaltyReportInputSchema, royaltyDue } from './royalty-report.ts';

const quarter = { periodStart: '2027-01-01', periodEnd: '2027-03-31' };

describe('royalty due on a report', () => {
  it('takes the rate of the reported net sales, rounded half up to the fen', () => {
    expect(
      royaltyDue(
        { method: 'running_royalty', base: 'net_sales', ratePercent: 3.25 },
        { ...quarter, netSalesFen: 1_000_050 },
      ),
    ).toEqual({ ok: true, amountFen: 32_502 });
  });

  it('multiplies the units by the fee per unit', () => {
    expect(
      royaltyDue(
        { method: 'entry_fee_plus_royalty', entryFeeFen: 1, base: 'per_unit', perUnitFen: 50 },
        { ...quarter, units: 1_200 },
      ),
    ).toEqual({ ok: true, amountFen: 60_000 });
  });

  it('refuses a per-unit royalty past the bound of one amount, naming units, instead of throwing', () => {
    const result = royaltyDue(
      { method: 'running_royalty', base: 'per_unit', perUnitFen: 1_000_000 },
      { ...quarter, units: 1_000_001 },
    );
    expect(result).toMatchObject({ ok: false, code: 'amount_over_bound', field: 'units' });
  });

  it('names the missing volume the base needs instead of charging nothing', () => {
    const result = royaltyDue(
      { method: 'running_royalty', base: 'profit', ratePercent: 5 },
      { ...quarter, netSalesFen: 10 },
    );
    expect(result).toMatchObject({ ok: false, field: 'profitFen' });
    expect(result.ok ? '' : result.message).toContain('利润');
  });
});

describe('royalty report input', () => {
  it('refuses a period that ends before it starts, naming periodEnd', () => {
    const parsed = RoyaltyReportInputSchema.safeParse({ periodStart: '2027-04-01', periodEnd: '2027-03-31' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['periodEnd']);
  });
});
