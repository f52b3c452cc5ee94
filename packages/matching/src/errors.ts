/** A document or query the index cannot take (duplicate id, unknown field, bad limit…). */
export class TextIndexInputError extends Error {
  override readonly name = 'TextIndexInputError';
}

/** Bytes that are not a snapshot this code can load (wrong magic, version, tokeniser or size). */
export class SnapshotFormatError extends Error {
  override readonly name = 'SnapshotFormatError';
}
