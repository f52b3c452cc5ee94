import type { ImportResult } from '@openlicense/http';
import type { LedgerRowError } from '@openlicense/ledger-io';
import type { Metrics } from '@openlicense/observability';
import type { SheetWork } from './sheet-work.ts';

/** Problems listed in an import's answer; the rest are in its XLSX report. */
export const ERROR_LIST_CAP = 1_000;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: LedgerRowError[];
}

/**
 * An import's answer: its counts, the first `ERROR_LIST_CAP` problems with the total, and every
 * problem as an XLSX (base64) the page offers as a download. A file of 20,000 bad rows answers
 * with a short list and a compressed workbook instead of megabytes of JSON.
 */
export async function importReport(outcome: ImportOutcome, work: SheetWork): Promise<ImportResult> {
  const { errors, ...counts } = outcome;
  if (errors.length === 0) return { ...counts, errors, errorCount: 0 };
  const report = await work.errorReport(errors);
  return {
    ...counts,
    errors: errors.slice(0, ERROR_LIST_CAP),
    errorCount: errors.length,
    errorReport: {
      filename: '导入问题清单.xlsx',
      contentType: XLSX,
      base64: Buffer.from(report).toString('base64'),
    },
  };
}

/** One completed import (`ImportsCompleted`) and the rows it took in (`ImportedRows`: created, updated or unchanged). */
export function countImport(metrics: Metrics | undefined, outcome: ImportOutcome): void {
  metrics?.addMetric('ImportsCompleted', 'Count', 1);
  metrics?.addMetric('ImportedRows', 'Count', outcome.created + outcome.updated + outcome.unchanged);
}
