import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface FieldIssue {
  path: string;
  message: string;
}

/** Any refusal the API answers with a 4xx: carries the code, a Chinese-first message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: FieldIssue[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBody = (code: string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});
