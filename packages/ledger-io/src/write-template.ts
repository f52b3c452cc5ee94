import { INSTRUCTIONS_SHEET } from './define-ledger.ts';
import { offeredLabels } from './enum-labels.ts';
import { isTextColumn, ledgerSheet } from './sheet-layout.ts';
import type { Column, Ledger } from './types.ts';
import { writeXlsx } from './write-xlsx.ts';
import type { ListValidation, SheetCell, SheetModel } from './xlsx-model.ts';

/** Rows below the header that get the enum dropdowns. */
const DROPDOWN_ROWS = 1000;
/** Excel refuses an inline dropdown list longer than this. */
const MAX_INLINE_LIST = 255;

const KIND_HINTS = {
  text: '文本 / text',
  list: '可填多个，用“；”分隔 / several values, separated by ；',
  date: '日期，如 2021-06-01、2021/6/1 或 2021年6月1日 / a date, e.g. 2021-06-01',
  number: '数字 / a number',
  boolean: '填“是”或“否” / 是 or 否',
  enum: '从下拉列表中选择 / choose from the list',
} as const;

/**
 * An empty ledger to fill in: the header row, one example row (ignored on import while it is
 * left unchanged), dropdowns for enum and yes/no columns, and a 填写说明 sheet describing each
 * column.
 */
export async function writeTemplate<T>(ledger: Ledger<T>): Promise<Uint8Array> {
  const sheet = ledgerSheet(ledger, { markRequired: true });
  const hasExample = ledger.columns.some((column) => column.example !== undefined);
  if (hasExample) {
    sheet.rows.push(
      ledger.columns.map((column) => ({
        value: exampleCell(column),
        style: isTextColumn(column) ? 'exampleText' : 'example',
      })),
    );
  }
  return writeXlsx([
    { ...sheet, validations: dropdowns(ledger.columns), filterTo: hasExample ? 2 : 1 },
    instructionsSheet(ledger, hasExample),
  ]);
}

function exampleCell(column: Column): string | number | null {
  if (column.example === undefined) return null;
  const number = Number(column.example);
  return column.kind === 'number' && column.example.trim() !== '' && Number.isFinite(number)
    ? number
    : column.example;
}

function dropdownLabels(column: Column): string[] {
  if (column.kind === 'boolean') return ['是', '否'];
  return column.kind === 'enum' ? offeredLabels(column) : [];
}

function dropdowns(columns: readonly Column[]): ListValidation[] {
  const validations: ListValidation[] = [];
  for (const [at, column] of columns.entries()) {
    const labels = dropdownLabels(column);
    const list = labels.join(',');
    // Longer lists, or labels with a comma or quote, cannot be inlined; the instructions list them.
    if (labels.length === 0 || list.length > MAX_INLINE_LIST || /[,"]/.test(labels.join(''))) continue;
    validations.push({
      column: at,
      fromRow: 2,
      toRow: DROPDOWN_ROWS + 1,
      labels,
      errorTitle: column.header,
      error: '请从下拉列表中选择 / choose a value from the list',
    });
  }
  return validations;
}

const INSTRUCTION_COLUMNS = [
  { header: '列名 / Column', width: 18 },
  { header: '是否必填 / Required', width: 14 },
  { header: '可填写的值 / Accepted values', width: 30 },
  { header: '格式说明 / Format', width: 44 },
  { header: '示例 / Example', width: 20 },
  { header: '也可用的列名 / Also accepted headers', width: 28 },
];

function instructionsSheet<T>(ledger: Ledger<T>, hasExample: boolean): SheetModel {
  const wrapped = (values: readonly string[]): SheetCell[] =>
    values.map((value) => ({ value, style: 'wrap' }));
  const rows: SheetCell[][] = [
    INSTRUCTION_COLUMNS.map(({ header }) => ({ value: header, style: 'notesHeader' })),
  ];
  for (const column of ledger.columns) {
    rows.push(
      wrapped([
        column.header,
        column.required ? '必填 / required' : '选填 / optional',
        (column.kind === 'boolean' ? ['是', '否'] : offeredLabels(column)).join('、'),
        KIND_HINTS[column.kind ?? 'text'],
        column.example ?? '',
        (column.aliases ?? []).join('、'),
      ]),
    );
  }
  rows.push([]);
  rows.push([{ value: '填写须知 / Notes', style: 'notesHeader' }]);
  const notes = [
    '第 1 行为列名，请勿修改；列的顺序可以调整，其他列会被忽略。 / Keep the header names; columns may be reordered and other columns are ignored.',
    ...(ledger.columns.some((column) => column.required)
      ? ['带 * 的列为必填。 / Columns marked * are required.']
      : []),
    ...(hasExample
      ? [
          '第 2 行为示例，保持不变时导入会忽略它，可直接覆盖。 / Row 2 is an example; it is ignored on import while unchanged.',
        ]
      : []),
    ...(ledger.instructions ?? []),
  ];
  for (const note of notes) rows.push(wrapped([note]));
  return { name: INSTRUCTIONS_SHEET, columns: INSTRUCTION_COLUMNS.map(({ width }) => ({ width })), rows };
}
