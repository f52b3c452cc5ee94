import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../packages/local/src/index.ts';
import { startEmptyStack } from './demo-stack.ts';

/** The local server counts failed sign-ins per caller address, read from its socket (not from a header). */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startEmptyStack();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
}, 60_000);

const signIn = (email: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}/api/auth/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password: 'Spring2026!' }),
  });

describe('local server sign-in throttle', () => {
  it('refuses the 21st failed sign-in from one address over 20 accounts, whatever X-Forwarded-For says', async () => {
    // Prepare
    const run = Date.now();
    const answers: number[] = [];
    for (let i = 0; i < 20; i++)
      answers.push(
        (await signIn(`spray-${i}-${run}@test.openlicense.cn`, { 'x-forwarded-for': `10.0.0.${i}` })).status,
      );

    // Act
    const next = await signIn(`fresh-${run}@test.openlicense.cn`, { 'x-forwarded-for': '10.0.1.1' });

    // Assess
    expect(answers).toEqual(Array(20).fill(401));
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await next.json()).error.code).toBe('too_many_attempts');
  }, 120_000);
});
