/** A rule of the domain refused the request; `status` is the HTTP status the edge should answer with. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 412 | 422 = 422,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
