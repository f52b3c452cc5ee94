import { describe, expect, it } from 'vitest';
import { EMPTY_VOLUME_INPUTS, readVolumes } from './read-volumes.ts';

const messages = { required: '请填写', invalidAmount: '金额格式不正确', invalidUnits: '请填写整数' };

describe('readVolumes', () => {
  it('reads yearly sales typed in yuan or 万 into fen', () => {
    // Act
    const read = readVolumes(
      ['yearlySalesFen'],
      { ...EMPTY_VOLUME_INPUTS, yearlySalesFen: '500万' },
      messages,
    );

    // Assess
    expect(read).toEqual({ ok: true, volumes: { yearlySalesFen: 500_000_000 } });
  });

  it.each([
    ['1.5亿', 15_000_000_000],
    ['50万', 50_000_000],
    ['1,200万元', 1_200_000_000],
    ['3.2 万', 3_200_000],
    ['２亿元', 20_000_000_000],
  ])('reads yearly sales typed as %j (万 and 亿 as people write them) into %i fen', (typed, fen) => {
    expect(
      readVolumes(['yearlySalesFen'], { ...EMPTY_VOLUME_INPUTS, yearlySalesFen: typed }, messages),
    ).toEqual({ ok: true, volumes: { yearlySalesFen: fen } });
  });

  it('reads units as a whole number, separators and 件 allowed', () => {
    expect(
      readVolumes(['yearlyUnits'], { ...EMPTY_VOLUME_INPUTS, yearlyUnits: '20,000件' }, messages),
    ).toEqual({
      ok: true,
      volumes: { yearlyUnits: 20_000 },
    });
  });

  it('asks only for the volumes the terms need, and names each that is missing or unreadable', () => {
    // Act
    const read = readVolumes(
      ['yearlyProfitFen', 'yearlyUnits'],
      { yearlySalesFen: 'ignored', yearlyProfitFen: '一百万', yearlyUnits: '' },
      messages,
    );

    // Assess
    expect(read).toEqual({ ok: false, errors: { yearlyProfitFen: '金额格式不正确', yearlyUnits: '请填写' } });
  });

  it('needs nothing for a fixed price', () => {
    expect(readVolumes([], EMPTY_VOLUME_INPUTS, messages)).toEqual({ ok: true, volumes: {} });
  });
});
