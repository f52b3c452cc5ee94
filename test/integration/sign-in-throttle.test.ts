import { sign } from 'hono/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/** Local sign-in resists guessing: failures are limited per account and per address, then 429 with Retry-After. */
const PASSWORD = 'Passw0rd!';

let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  const table = await createTestTable();
  // The caller's address comes from a test header here; the local server reads its socket instead.
  api = createTestApi(table, { clientAddress: (c) => c.req.header('x-test-address') });
});

const signIn = (email: string, password: string, address = '203.0.113.1') =>
  api.request('/api/auth/local/token', {
    method: 'POST',
    json: { email, password },
    headers: { 'x-test-address': address },
  });

async function statuses(email: string, password: string, times: number, address?: string) {
  const answers: number[] = [];
  for (let i = 0; i < times; i++) answers.push((await signIn(email, password, address)).status);
  return answers;
}

describe('local sign-in throttle', () => {
  it('answers the sixth wrong password for an account with 429 too_many_attempts and Retry-After', async () => {
    // Prepare
    const { user } = await api.user('Guessed');

    // Act
    const first = await statuses(user.email, 'wrong-pass1', 5, '203.0.113.10');
    const sixth = await signIn(user.email, 'wrong-pass1', '203.0.113.10');
    const right = await signIn(user.email, PASSWORD, '203.0.113.11');

    // Assess
    expect(first).toEqual([401, 401, 401, 401, 401]);
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = await sixth.json();
    expect(body.error).toMatchObject({
      code: 'too_many_attempts',
      details: { retryAfterSeconds: retryAfter },
    });
    expect(body.error.message).toMatch(/分钟后再试.*try again/);
    // Even the right password waits: the guesser cannot tell it found it.
    expect(right.status).toBe(429);
  });

  it('throttles an unknown e-mail the same way, so a 429 does not tell whether an account exists', async () => {
    // Act
    const answers = await statuses(
      `nobody-${Date.now()}@test.openlicense.cn`,
      'wrong-pass1',
      6,
      '203.0.113.20',
    );

    // Assess
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    // Prepare
    const { user } = await api.user('Forgetful');
    await statuses(user.email, 'wrong-pass1', 4, '203.0.113.30');

    // Act
    const ok = await signIn(user.email, PASSWORD, '203.0.113.30');
    const after = await statuses(user.email, 'wrong-pass1', 4, '203.0.113.30');

    // Assess
    expect(ok.status).toBe(200);
    expect(after).toEqual([401, 401, 401, 401]);
  });

  it('refuses an address after 20 failures over many accounts, while other addresses sign in', async () => {
    // Prepare
    const { user } = await api.user('Bystander');
    for (let i = 0; i < 20; i++)
      await signIn(`spray-${i}-${Date.now()}@test.openlicense.cn`, 'Spring2026!', '198.51.100.9');

    // Act
    const fromSprayer = await signIn(user.email, PASSWORD, '198.51.100.9');
    const fromElsewhere = await signIn(user.email, PASSWORD, '198.51.100.10');

    // Assess
    expect(fromSprayer.status).toBe(429);
    expect(fromSprayer.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(fromElsewhere.status).toBe(200);
  });

  it('counts registrations of a taken e-mail against the address, so accounts cannot be listed by registering', async () => {
    // Prepare
    const { user } = await api.user('Registered');
    const register = (email: string, address: string) =>
      api.request('/api/auth/local/register', {
        method: 'POST',
        json: { email, password: PASSWORD, name: '探测' },
        headers: { 'x-test-address': address },
      });
    const taken = [];
    for (let i = 0; i < 20; i++) taken.push((await register(user.email, '198.51.100.50')).status);

    // Act
    const next = await register(`new-${Date.now()}@test.openlicense.cn`, '198.51.100.50');
    const elsewhere = await register(`new2-${Date.now()}@test.openlicense.cn`, '198.51.100.51');

    // Assess
    expect(taken).toEqual(Array(20).fill(409));
    expect(next.status).toBe(429);
    expect(next.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(elsewhere.status).toBe(201);
  });

  it('refuses a correctly signed local token that carries no exp', async () => {
    // Prepare
    const { user } = await api.user('Forever');
    const token = await sign(
      { iss: 'openlicense-local', token_use: 'id', sub: user.id, email: user.email, 'cognito:groups': [] },
      'test-secret',
      'HS256',
    );

    // Act
    const res = await api.request('/api/me', { token });

    // Assess
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
  });
});
