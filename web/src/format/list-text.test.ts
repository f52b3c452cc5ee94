import { describe, expect, it } from 'vitest';
import { joinList, splitLines, splitList } from './list-text.ts';

describe('splitList', () => {
  it('splits on Chinese and Western separators, trims and drops blanks and repeats', () => {
    expect(splitList('中南大学；湖南大学, 中南大学、 湘潭大学;;\n长沙理工大学，')).toEqual([
      '中南大学',
      '湖南大学',
      '湘潭大学',
      '长沙理工大学',
    ]);
  });

  it('keeps an IPC code with its space whole', () => {
    expect(splitList('H01M 10/052；H01M 4/525')).toEqual(['H01M 10/052', 'H01M 4/525']);
  });

  it('is empty for an empty field', () => {
    expect(splitList('  ')).toEqual([]);
  });

  it('round-trips with joinList', () => {
    expect(splitList(joinList(['a', 'b c']))).toEqual(['a', 'b c']);
    expect(joinList(undefined)).toBe('');
  });
});

describe('splitLines', () => {
  it('keeps commas inside a line', () => {
    expect(splitLines('循环寿命≥3000次，容量保持≥80%\n\n 成本≤0.5元/Wh ')).toEqual([
      '循环寿命≥3000次，容量保持≥80%',
      '成本≤0.5元/Wh',
    ]);
  });
});
