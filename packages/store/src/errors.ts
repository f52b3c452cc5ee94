/** A conditional write refused the change: a unique value is taken or a version is stale. */
export class StoreConflictError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreConflictError';
  }
}
