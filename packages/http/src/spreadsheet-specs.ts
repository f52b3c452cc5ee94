import { ImportJobAcceptedSchema, ImportJobSchema } from '@openlicense/contract/import-jobs';
import * as z from 'zod/mini';
import { defineRoute } from './route-spec.ts';
import { COMMON_ERRORS, YearQuerySchema } from './schemas.ts';

/**
 * Specs of the spreadsheet routes (served by `functions/spreadsheets`, documented by the API).
 * Pure data: importing this pulls in no spreadsheet library.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export {
  ImportJobAcceptedSchema,
  ImportJobSchema,
  type ImportJobView,
} from '@openlicense/contract/import-jobs';
export { type ImportResult, ImportResultSchema } from '@openlicense/contract/ledger-files';

const ledgerSpecs = (resource: 'patents' | 'needs', tag: string, name: string) => ({
  template: defineRoute({
    method: 'get',
    path: `/${resource}/template.xlsx`,
    tags: [tag],
    summary: `${name}导入模板 / import template`,
    responses: { 200: { description: XLSX }, ...COMMON_ERRORS },
  }),
  import: defineRoute({
    method: 'post',
    path: `/${resource}/import`,
    tags: [tag],
    summary: `导入${name}（multipart 字段 file：XLSX 或 CSV）：文件读完即排队，按 location 查询进度与结果 / import (multipart field "file"): queued once read; poll location for progress and the report`,
    upload: { field: 'file' },
    responses: {
      202: {
        description:
          '已排队的导入任务（Location 头与 location 字段指向 GET /api/imports/{jobId}）/ the queued import job (Location and location point at GET /api/imports/{jobId})',
        schema: ImportJobAcceptedSchema,
      },
      ...COMMON_ERRORS,
      413: {
        description:
          '文件过大，或超过读取上限（spreadsheet_too_large：2 万行数据、100 列、单元格 1 万字符、解压后 50 MB），details[0] 给出 limit 与 max / file too large, or over a reading limit (spreadsheet_too_large: 20,000 data rows, 100 columns, 10,000 characters a cell, 50 MB unpacked); details[0] names limit and max',
      },
    },
  }),
  export: defineRoute({
    method: 'get',
    path: `/${resource}/export.xlsx`,
    tags: [tag],
    summary: `导出${name} / export`,
    responses: { 200: { description: XLSX }, ...COMMON_ERRORS },
  }),
});

export const PATENT_SHEET_SPECS = ledgerSpecs('patents', '专利台账 Patent ledger', '专利台账');

export const NEED_SHEET_SPECS = ledgerSpecs('needs', '技术需求 Technology needs', '技术需求台账');

/** 精准推送佐证: a broker's pushes of one year (time, listing, enterprise, broker, score, explanation, outcome). */
export const PUSH_EVIDENCE_SPEC = defineRoute({
  method: 'get',
  path: '/pushes/evidence.xlsx',
  tags: ['精准推送 Precise push'],
  summary: '导出精准推送佐证清单（每条推送一行，附合计）/ export the year’s push evidence',
  request: {
    // As `GET /api/pushes`.
    query: YearQuerySchema,
  },
  responses: { 200: { description: XLSX }, ...COMMON_ERRORS },
});

/** 绩效评价: a year's targets with their evidence, one sheet per target (the IP office: `orgId=all`). */
export const EVALUATION_REPORT_SPEC = defineRoute({
  method: 'get',
  path: '/reports/evaluation.xlsx',
  tags: ['年度指标 Quotas'],
  summary:
    '导出年度绩效评价表：汇总表（各项指标、目标、实际、是否达成）与每项指标一张佐证明细表（合计等于明细）；' +
    '知识产权局可指定机构，或 orgId=all 导出全部机构 / export the annual performance evaluation: a summary ' +
    'and one sheet of evidence rows per target (totals equal the rows); the IP office may name an ' +
    'organisation or pass orgId=all',
  request: {
    // As `GET /api/evidence`, `orgId` also taking `all`.
    query: z.extend(YearQuerySchema, {
      orgId: z
        .optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))
        .check(z.describe('机构编号，或 all（知识产权局）/ an organisation, or all (IP office)')),
    }),
  },
  responses: { 200: { description: XLSX }, ...COMMON_ERRORS },
});

/** 导入任务: an import's progress and, once done, its report; only the uploading organisation finds it. */
export const IMPORT_JOB_SPEC = defineRoute({
  method: 'get',
  path: '/imports/{jobId}',
  tags: ['导入 Imports'],
  summary:
    '导入任务的状态（queued、running、done、failed）、进度，完成后附导入结果与问题清单 / an import job: status, progress, and when done the import report',
  request: {
    params: z.object({
      jobId: z.string().check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[0-9A-Za-z]+$/)),
    }),
  },
  responses: { 200: { description: '导入任务 / the job', schema: ImportJobSchema }, ...COMMON_ERRORS },
});

/** The ledger routes: templates, imports and their jobs, the patent and need exports (the spreadsheets function). */
export const SPREADSHEET_LEDGER_SPECS = [
  IMPORT_JOB_SPEC,
  ...Object.values(PATENT_SHEET_SPECS),
  ...Object.values(NEED_SHEET_SPECS),
];

/** The report exports (a function of their own, so each bundle stays under 300 KB). */
export const SPREADSHEET_REPORT_SPECS = [PUSH_EVIDENCE_SPEC, EVALUATION_REPORT_SPEC];

export const SPREADSHEET_SPECS = [...SPREADSHEET_LEDGER_SPECS, ...SPREADSHEET_REPORT_SPECS];

/** Whether `METHOD /api/...` belongs to the spreadsheet function (API Gateway routes it there). */
export function isSpreadsheetRoute(method: string, path: string): boolean {
  return SPREADSHEET_SPECS.some(
    (spec) => spec.method === method.toLowerCase() && pathPattern(spec.path).test(path),
  );
}

/** `/imports/{jobId}` as a pattern over `/api/imports/…`: a parameter is one path segment, as API Gateway matches it. */
const pathPattern = (specPath: string): RegExp =>
  new RegExp(
    `^/api${specPath
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
