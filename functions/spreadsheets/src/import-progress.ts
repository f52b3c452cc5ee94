/** Rows of an import written or refused so far; the job runner reports it while the import runs. */
export interface ImportProgress {
  processed: number;
}
