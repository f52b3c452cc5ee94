import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.ts';

describe('highlightSegments', () => {
  it('marks each matched term and joins neighbouring hits', () => {
    expect(highlightSegments('一种碳量子点荧光探针及其制备方法', ['荧光', '探针', '碳量子点'])).toEqual([
      { text: '一种', hit: false },
      { text: '碳量子点荧光探针', hit: true },
      { text: '及其制备方法', hit: false },
    ]);
  });

  it('prefers the longest term where terms overlap', () => {
    expect(highlightSegments('锂离子电池', ['锂', '锂离子电池'])).toEqual([
      { text: '锂离子电池', hit: true },
    ]);
  });

  it('ignores case and keeps the text as written', () => {
    expect(highlightSegments('Li-ion BMS 算法', ['bms'])).toEqual([
      { text: 'Li-ion ', hit: false },
      { text: 'BMS', hit: true },
      { text: ' 算法', hit: false },
    ]);
  });

  it('gives the whole text unmarked when nothing matched', () => {
    expect(highlightSegments('正极材料', [])).toEqual([{ text: '正极材料', hit: false }]);
    expect(highlightSegments('正极材料', ['  '])).toEqual([{ text: '正极材料', hit: false }]);
    expect(highlightSegments('', ['正极'])).toEqual([]);
  });
});
