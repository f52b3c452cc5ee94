import { InvalidCursorError } from '@openlicense/store';

/**
 * Where the next catalogue page starts. Newest first pages on the last row's `publishedAt#id`, so rows
 * published or withdrawn meanwhile never shift a page; relevance pages on the offset into the ranking.
 */
export type CatalogueCursor = { kind: 'newest'; after: string } | { kind: 'relevance'; offset: number };

/** Deep enough for any person paging; bounds the ranking a forged cursor could ask for. */
export const MAX_OFFSET = 10_000;
const SORT_KEY = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9A-Z]{1,40}$/;

/** An opaque, URL-safe cursor. */
export function encodeCatalogueCursor(cursor: CatalogueCursor): string {
  const value = cursor.kind === 'newest' ? ['n', cursor.after] : ['r', cursor.offset];
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/**
 * The cursor in `text`, which must be of `kind` (a keyword search's cursor does not continue a newest-first
 * list, nor the reverse).
 *
 * @throws InvalidCursorError for anything {@link encodeCatalogueCursor} did not make, or of another kind.
 */
export function decodeCatalogueCursor(text: string, kind: CatalogueCursor['kind']): CatalogueCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(value) || value.length !== 2) throw new InvalidCursorError();
  const [tag, position] = value as [unknown, unknown];
  if (kind === 'newest' && tag === 'n' && typeof position === 'string' && SORT_KEY.test(position))
    return { kind, after: position };
  if (
    kind === 'relevance' &&
    tag === 'r' &&
    typeof position === 'number' &&
    Number.isInteger(position) &&
    position > 0 &&
    position <= MAX_OFFSET
  )
    return { kind, offset: position };
  throw new InvalidCursorError();
}
