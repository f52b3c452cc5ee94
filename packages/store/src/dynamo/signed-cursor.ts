import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A pagination cursor the caller did not get from us, for this list, unchanged: the caller's error (400). */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not valid');
    this.name = 'InvalidCursorError';
  }
}

/** What a cursor may carry: positions, never attribute names. */
export type CursorValue = string | number;

/**
 * Seals a position into an opaque cursor for one list (`scope`) and opens only cursors sealed for that
 * same list. The one cursor helper of the service: every paginated route pages through it.
 */
export interface CursorSigner {
  seal(scope: string, values: readonly CursorValue[]): string;
  /** @throws InvalidCursorError when `cursor` was not sealed by this secret for `scope`, or was altered. */
  open(scope: string, cursor: string): CursorValue[];
}

/** Longer than any cursor we issue (a few table keys); the routes cap the query parameter at 2048 too. */
const MAX_CURSOR_LENGTH = 2048;
const SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;

/**
 * Cursors are `base64url(JSON array of values).base64url(HMAC-SHA256)`, the MAC taken over the scope and the
 * payload exactly as written, with a key derived from `secret` for cursors alone (so a cursor's MAC is never
 * a valid token signature, though the local stack shares the token issuer's secret). Without a secret, a
 * random one: cursors then hold only within this process (workers paging their own reads).
 */
export function createCursorSigner(secret: string | Uint8Array = randomBytes(32)): CursorSigner {
  if (secret.length === 0) throw new Error('the cursor secret is empty');
  const key = createHmac('sha256', secret).update('openlicense cursor v1').digest();
  const mac = (scope: string, payload: string) =>
    createHmac('sha256', key).update(scope).update('\0').update(payload).digest('base64url');

  return {
    seal(scope, values) {
      const payload = Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
      return `${payload}.${mac(scope, payload)}`;
    },

    open(scope, cursor) {
      if (cursor.length > MAX_CURSOR_LENGTH || !SHAPE.test(cursor)) throw new InvalidCursorError();
      const dot = cursor.indexOf('.');
      const payload = cursor.slice(0, dot);
      // Compared as written: a MAC re-spelled with other trailing bits is an alteration too.
      const given = Buffer.from(cursor.slice(dot + 1), 'ascii');
      const expected = Buffer.from(mac(scope, payload), 'ascii');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new InvalidCursorError();
      let values: unknown;
      try {
        values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        throw new InvalidCursorError();
      }
      if (!Array.isArray(values) || !values.every(isCursorValue)) throw new InvalidCursorError();
      return values;
    },
  };
}

const isCursorValue = (value: unknown): value is CursorValue =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
