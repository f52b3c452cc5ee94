/**
 * A worker thread's entry: runs one task of the spreadsheet function's `inProcessSheetWork` and
 * posts its result, or the reader's refusal as plain data (errors lose their class on the way back).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { inProcessSheetWork } from '@openlicense/fn-spreadsheets/sheet-work';
import { LedgerFormatError, SpreadsheetLimitError } from '@openlicense/ledger-io';
import type { SheetTask, SheetTaskAnswer } from './worker-sheet-work.ts';

const task = workerData as SheetTask;

async function run(): Promise<SheetTaskAnswer> {
  try {
    const ok =
      task.kind === 'read'
        ? await inProcessSheetWork.read(task.ledger, task.bytes, task.filename)
        : await inProcessSheetWork.errorReport(task.errors);
    return { ok };
  } catch (error) {
    if (error instanceof SpreadsheetLimitError)
      return { refused: { code: error.code, message: error.message, limit: error.limit } };
    if (error instanceof LedgerFormatError) return { refused: { code: error.code, message: error.message } };
    return { failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.postMessage(await run());
