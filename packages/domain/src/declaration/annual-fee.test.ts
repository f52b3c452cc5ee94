import { describe, expect, it } from 'vitest';
import { annualFeeReduction } from './annual-fee.ts';

describe('annualFeeReduction', () => {
  it.each([
    ['no reduction and no declaration', undefined, false, 0, 'none'],
    ['a published declaration alone', undefined, true, 15, 'open_licence'],
    ['a published declaration beating a smaller reduction', 10, true, 15, 'open_licence'],
    ['an 85 % small-entity reduction, which beats the open licence', 85, true, 85, 'existing'],
    ['an equal reduction, kept as it is', 15, true, 15, 'existing'],
    ['an existing reduction without a declaration', 70, false, 70, 'existing'],
    ['a zero reduction recorded, without a declaration', 0, false, 0, 'none'],
  ] as const)('applies the better reduction for %s', (_name, existing, published, percent, source) => {
    // Act
    const reduction = annualFeeReduction({ feeReductionPercent: existing }, published);

    // Assess
    expect(reduction).toMatchObject({ percent, source });
  });

  it('says the two reductions do not stack', () => {
    expect(annualFeeReduction({ feeReductionPercent: 85 }, true).note).toContain('两者不叠加');
    expect(annualFeeReduction({ feeReductionPercent: 85 }, true).note).toContain('do not stack');
  });
});
