import { describe, expect, it } from 'vitest';
import { cellConverter } from './cell-converter.ts';
import type { Column } from './types.ts';

const convert = (column: Omit<Column, 'key' | 'header'>, cell: string | number | boolean | Date) =>
  cellConverter({ key: 'k', header: '列', ...column })(cell);

describe('cellConverter', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['１２３', 123],
    [' -7 ', -7],
    ['1e3', 1000],
    [0.1 + 0.2, 0.3],
  ])('reads %j as the number %d', (cell, value) => {
    expect(convert({ kind: 'number' }, cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['是', true],
    ['Y', true],
    ['有', true],
    ['TRUE', true],
    [true, true],
    ['否', false],
    ['n', false],
    ['无', false],
    ['false', false],
    [0, false],
  ])('reads %j as the yes/no %s', (cell, value) => {
    expect(convert({ kind: 'boolean' }, cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['2021/6/1', '2021-06-01'],
    ['2021-06-01', '2021-06-01'],
    ['2021年6月1日', '2021-06-01'],
    ['２０２１年６月１日', '2021-06-01'],
    ['20210601', '2021-06-01'],
    ['2024/2/29', '2024-02-29'],
  ])('reads the date text %j as %s', (cell, value) => {
    expect(convert({ kind: 'date' }, cell)).toEqual({ ok: true, value });
  });

  it.each(['2023/2/29', '6/1/2021', '2021-13-01', '明年'])('refuses the date text %j', (cell) => {
    expect(convert({ kind: 'date' }, cell)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不是有效日期/),
    });
  });

  it('maps each list item through the column labels and refuses an unknown one', () => {
    const column = { kind: 'list', values: { 发明: 'invention', 实用新型: 'utility' } } as const;
    expect(convert(column, '发明；实用新型')).toEqual({ ok: true, value: ['invention', 'utility'] });
    expect(convert(column, '发明、外观')).toEqual({
      ok: false,
      message: '“外观”不是可选值，可选：发明、实用新型 / “外观” is not one of: 发明, 实用新型',
    });
  });

  it('passes enum text through to the schema when the column has no labels', () => {
    expect(convert({ kind: 'enum' }, ' paid ')).toEqual({ ok: true, value: 'paid' });
  });
});
