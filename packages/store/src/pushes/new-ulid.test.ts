import { decodeTime, isValid } from 'ulidx';
import { describe, expect, it } from 'vitest';
import { newUlid } from './new-ulid.ts';

describe('newUlid', () => {
  it('carries the given time, so evidence sorts by when the step happened', () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const id = newUlid(at);
    expect(isValid(id)).toBe(true);
    expect(decodeTime(id)).toBe(at.getTime());
  });

  it('sorts ids made in the same millisecond in the order they were made', () => {
    const at = new Date('2026-05-01T00:00:00.000Z');
    const ids = Array.from({ length: 200 }, () => newUlid(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps an earlier time after a later one instead of moving it forward', () => {
    newUlid(new Date('2026-06-01T00:00:00.000Z'));
    const earlier = new Date('2026-01-01T00:00:00.000Z');
    expect(decodeTime(newUlid(earlier))).toBe(earlier.getTime());
  });
});
