export type LedgerFormatErrorCode =
  | 'empty_file'
  | 'unsupported_format'
  | 'legacy_xls'
  | 'corrupt_file'
  | 'no_worksheet'
  | 'malformed_csv'
  | 'spreadsheet_too_large';

/**
 * The uploaded bytes are not a spreadsheet this package can read. `status` is the HTTP status the
 * edge should answer with; the message is Chinese first, then English.
 */
export class LedgerFormatError extends Error {
  readonly status: 400 | 413 = 400;

  constructor(
    readonly code: LedgerFormatErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LedgerFormatError';
  }
}
