import * as z from 'zod/mini';

/** One problem found in an imported spreadsheet, by its row as Excel shows it. */
export const ImportRowErrorSchema = z.object({
  row: z.number().check(z.int(), z.describe('表格行号（与 Excel 显示一致）/ row number as Excel shows it')),
  column: z.string().check(z.describe('列标题，如 专利号 / the column header')),
  message: z.string(),
});

/** What `POST /api/{patents,needs}/import` answers: counts, the first problems, and all of them as a workbook. */
export const ImportResultSchema = z.object({
  created: z.number().check(z.int()),
  updated: z.number().check(z.int()),
  unchanged: z.number().check(z.int()),
  /** The first 1,000 problems, by row. */
  errors: z.array(ImportRowErrorSchema),
  /** How many problems there are in all. */
  errorCount: z.number().check(z.int()),
  /** Every problem as an XLSX (行, 列, 问题), when there is any. */
  errorReport: z.optional(z.object({ filename: z.string(), contentType: z.string(), base64: z.string() })),
});

export type ImportRowError = z.output<typeof ImportRowErrorSchema>;
export type ImportResult = z.output<typeof ImportResultSchema>;
