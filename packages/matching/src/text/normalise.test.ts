import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';

describe('normalise', () => {
  it('folds full-width letters, digits and the ideographic space to half-width', () => {
    expect(normalise('ＬｉＦｅＰＯ４　５Ｇ')).toBe('lifepo4 5g');
  });

  it('lower-cases Latin letters', () => {
    expect(normalise('IoT LED PCB')).toBe('iot led pcb');
  });

  it('collapses each run of punctuation, symbols and whitespace into one space and trims', () => {
    expect(normalise('  锂电池，，隔膜！！\n\t（正极）——材料。 ')).toBe('锂电池 隔膜 正极 材料');
  });

  it('applies NFKC compatibility forms', () => {
    expect(normalise('㎜级①号')).toBe('mm级1号');
  });

  it('leaves Chinese text without punctuation unchanged', () => {
    expect(normalise('锂离子电池隔膜')).toBe('锂离子电池隔膜');
  });
});
