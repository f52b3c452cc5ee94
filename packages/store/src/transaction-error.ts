import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/**
 * Index of the first transaction item whose condition failed, or undefined when the transaction
 * failed for another reason (which the caller should rethrow).
 */
export function failedConditionIndex(error: unknown): number | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const index = (error.CancellationReasons ?? []).findIndex((r) => r.Code === 'ConditionalCheckFailed');
  return index >= 0 ? index : undefined;
}
