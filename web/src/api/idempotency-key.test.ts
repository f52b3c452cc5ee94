import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('uses crypto.randomUUID when available', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });

  it('builds a v4 UUID from getRandomValues outside a secure context', () => {
    // Prepare
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };

    // Act
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey(insecure)));

    // Assess
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});
