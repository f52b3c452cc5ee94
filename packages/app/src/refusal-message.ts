import { DomainError } from '@openlicense/domain';
import { StoreConflictError } from '@openlicense/store';
import { ApiError } from './api-error.ts';
import { conflictMessage } from './conflict-messages.ts';

/**
 * The user-facing message of a refusal (a rule, a conflict, a 4xx), for reporting it on an import
 * row; undefined for anything else, which the caller should rethrow.
 */
export function refusalMessage(error: unknown): string | undefined {
  if (error instanceof DomainError) return error.message;
  if (error instanceof StoreConflictError) return conflictMessage(error);
  if (error instanceof ApiError && error.status < 500) return error.message;
  return undefined;
}
