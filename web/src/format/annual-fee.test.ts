import { describe, expect, it } from 'vitest';
import { annualFeeOutlook } from './annual-fee.ts';

describe('annualFeeOutlook', () => {
  it('promises 15 % off once published when the holder has no reduction', () => {
    expect(annualFeeOutlook({ percent: 0, source: 'none', note: '' }, false)).toEqual({
      label: 'annualFee.willReduce',
    });
  });

  it('says 15 % replaces a smaller existing reduction, the two not stacking', () => {
    expect(annualFeeOutlook({ percent: 10, source: 'existing', note: '' }, false)).toEqual({
      label: 'annualFee.willReplace',
      params: { percent: 10 },
    });
  });

  it('keeps a better existing reduction such as 85 %', () => {
    expect(annualFeeOutlook({ percent: 85, source: 'existing', note: '' }, false)).toEqual({
      label: 'annualFee.willKeepExisting',
      params: { percent: 85 },
    });
  });

  it('reports what applies once published, as the server computed it', () => {
    expect(annualFeeOutlook({ percent: 15, source: 'open_licence', note: '' }, true).label).toBe(
      'annualFee.reduced',
    );
    expect(annualFeeOutlook({ percent: 85, source: 'existing', note: '' }, true).label).toBe(
      'annualFee.keepsExisting',
    );
  });
});
