import { TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';

/**
 * Index of the first transaction item whose condition failed, or undefined when the transaction
 * failed for another reason (which the caller should rethrow).
 */
export function failedConditionIndex(error: unknown): number | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const index = (error.CancellationReasons ?? []).findIndex((r) => r.Code === 'ConditionalCheckFailed');
  return index >= 0 ? index : undefined;
}

/** Another transaction held one of the items: nothing was written, and trying again is safe. */
export function isTransactionConflict(error: unknown): boolean {
  if (error instanceof TransactionConflictException) return true;
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict')
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
