import * as z from 'zod/mini';
import { ImportResultSchema } from './ledger-files.ts';

/** Where an import job stands: waiting for a worker, writing rows, finished with a report, or stopped by a fault. */
export const ImportJobStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);

/** What `POST /api/{patents,needs}/import` answers (202): the job to poll, at `location`. */
export const ImportJobAcceptedSchema = z.object({
  jobId: z.string(),
  status: ImportJobStatusSchema,
  /** `GET` this path for the job's progress and, when done, its report. */
  location: z.string(),
});

/** What `GET /api/imports/{jobId}` answers. */
export const ImportJobSchema = z.object({
  jobId: z.string(),
  ledger: z.enum(['patents', 'needs']),
  status: ImportJobStatusSchema,
  filename: z.string(),
  /** Data rows read from the file, good and bad. */
  total: z.number().check(z.int()),
  /** Rows written or refused so far. */
  processed: z.number().check(z.int()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When `done`: the same report a synchronous import answered (counts, first problems, all problems as XLSX). */
  result: z.optional(ImportResultSchema),
  /** When `failed`: what stopped it (the rows written before it stay written; importing the file again is safe). */
  failure: z.optional(z.object({ code: z.string(), message: z.string() })),
});

export type ImportJobStatus = z.output<typeof ImportJobStatusSchema>;
export type ImportJobAccepted = z.output<typeof ImportJobAcceptedSchema>;
export type ImportJobView = z.output<typeof ImportJobSchema>;
