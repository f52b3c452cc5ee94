import { Worker } from 'node:worker_threads';
import type { LedgerName, SheetWork } from '@openlicense/fn-spreadsheets';
import {
  LedgerFormatError,
  type LedgerFormatErrorCode,
  type LedgerRowError,
  type SpreadsheetLimit,
  SpreadsheetLimitError,
} from '@openlicense/ledger-io';

export type SheetTask =
  | { kind: 'read'; ledger: LedgerName; bytes: Uint8Array; filename: string }
  | { kind: 'errorReport'; errors: readonly LedgerRowError[] };

export type SheetTaskAnswer =
  | { ok: unknown }
  | { refused: { code: LedgerFormatErrorCode; message: string; limit?: SpreadsheetLimit } }
  | { failed: string };

/** A JavaScript entry that registers tsx: the worker runs TypeScript source, whoever started this process. */
const ENTRY = new URL('./sheet-work-worker.mjs', import.meta.url);
/** Far above what a file within the limits needs; a worker past it dies alone. */
const HEAP_MB = 1024;
/** Workers at once: a burst of uploads queues here instead of starting a thread (and a heap) each. */
const AT_ONCE = 2;

/**
 * The local stand-in for the spreadsheet function's own Lambda: each read and each problem report
 * runs in a worker thread of its own, so `npm start` keeps answering every other request (and
 * `/api/health`) while a 20,000-row or hostile file is read.
 */
export function workerSheetWork(): SheetWork {
  const queued: (() => void)[] = [];
  let running = 0;
  const inTurn = async (task: SheetTask): Promise<unknown> => {
    if (running >= AT_ONCE) await new Promise<void>((start) => queued.push(start));
    running++;
    try {
      return await runTask(task);
    } finally {
      running--;
      queued.shift()?.();
    }
  };
  return {
    read: (ledger, bytes, filename) => inTurn({ kind: 'read', ledger, bytes, filename }) as never,
    errorReport: (errors) => inTurn({ kind: 'errorReport', errors }) as Promise<Uint8Array>,
  };
}

function runTask(task: SheetTask): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, {
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    let settled = false;
    const settle = (act: () => void) => {
      if (settled) return;
      settled = true;
      act();
    };
    worker.once('message', (answer: SheetTaskAnswer) =>
      settle(() => {
        if ('ok' in answer) resolve(answer.ok);
        else if ('refused' in answer) reject(revive(answer.refused));
        else reject(new Error(`spreadsheet worker: ${answer.failed}`));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new SpreadsheetLimitError('unpackedBytes') : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`spreadsheet worker exited with code ${code} before answering`))),
    );
  });
}

function revive({
  code,
  message,
  limit,
}: {
  code: LedgerFormatErrorCode;
  message: string;
  limit?: SpreadsheetLimit;
}) {
  return limit ? new SpreadsheetLimitError(limit) : new LedgerFormatError(code, message);
}
