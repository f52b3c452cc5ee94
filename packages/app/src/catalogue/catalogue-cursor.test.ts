import { InvalidCursorError } from '@openlicense/store';
import { describe, expect, it } from 'vitest';
import { decodeCatalogueCursor, encodeCatalogueCursor, MAX_OFFSET } from './catalogue-cursor.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('catalogue cursors', () => {
  it('round-trips a newest-first position', () => {
    const cursor = { kind: 'newest', after: '2026-01-02T03:04:05.000Z#01JAAAAAAAAAAAAAAAAAAAAAAA' } as const;
    expect(decodeCatalogueCursor(encodeCatalogueCursor(cursor), 'newest')).toEqual(cursor);
  });

  it('round-trips a relevance offset', () => {
    const cursor = { kind: 'relevance', offset: 40 } as const;
    expect(decodeCatalogueCursor(encodeCatalogueCursor(cursor), 'relevance')).toEqual(cursor);
  });

  it('is URL-safe', () => {
    const text = encodeCatalogueCursor({ kind: 'newest', after: '2026-01-02T03:04:05.000Z#01JA' });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    [
      'a keyword cursor continuing a newest-first list',
      encodeCatalogueCursor({ kind: 'relevance', offset: 20 }),
      'newest',
    ],
    [
      'a newest-first cursor continuing a keyword search',
      encodeCatalogueCursor({ kind: 'newest', after: '2026-01-02T03:04:05.000Z#01JA' }),
      'relevance',
    ],
    ['text that is not base64 JSON', '%%%', 'newest'],
    ['JSON of another shape', b64({ after: 'x' }), 'newest'],
    ['a sort key of another shape', b64(['n', 'DROP TABLE']), 'newest'],
    ['a negative offset', b64(['r', -20]), 'relevance'],
    ['a fractional offset', b64(['r', 1.5]), 'relevance'],
    ['an offset past the deepest page', b64(['r', MAX_OFFSET + 1]), 'relevance'],
  ] as const)('refuses %s', (_, text, kind) => {
    expect(() => decodeCatalogueCursor(text, kind)).toThrow(InvalidCursorError);
  });
});
