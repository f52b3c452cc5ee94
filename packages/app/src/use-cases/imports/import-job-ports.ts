/**
 * Where an import's uploaded rows and its finished report wait between the upload and the poll: objects
 * under `imports/` in the snapshot bucket in AWS, files under the data folder on a laptop, memory in tests.
 * The same shape as a `SnapshotStore` (whole objects by name), so any of those serves.
 */
export interface ImportFiles {
  get(name: string): Promise<Uint8Array | undefined>;
  put(name: string, bytes: Uint8Array): Promise<void>;
}

/** Which job to run: the job record is found by both. */
export interface ImportJobRef {
  jobId: string;
  orgId: string;
}

/**
 * Starts a queued job somewhere other than the request that queued it: in AWS an asynchronous invocation
 * of the spreadsheets function (no gateway waits for it); on a laptop and in the tests, the same runner
 * in this process, not awaited. Resolves once the job is handed over, not when it is done.
 */
export interface ImportDispatch {
  start(job: ImportJobRef): Promise<void>;
}

/** The object names of a job: the rows read from its file, and its report once done. */
export const importFileNames = (jobId: string) => ({
  rows: `${jobId}.rows.json`,
  result: `${jobId}.result.json`,
});
