import { sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { createLocalIssuer } from './local-issuer.ts';

const SECRET = 'test-secret';
const NOW = Date.UTC(2026, 0, 1) / 1000;
const claims = {
  iss: 'openlicense-local',
  token_use: 'id',
  sub: 'user-1',
  email: 'a@example.cn',
  'cognito:groups': [],
  iat: Math.floor(Date.now() / 1000),
};

describe('local issuer', () => {
  it('verifies the tokens it issues, which carry exp', async () => {
    // Prepare
    const issuer = createLocalIssuer(SECRET);
    const token = await issuer.issue({ sub: 'user-1', email: 'a@example.cn', groups: ['admin'] });

    // Act
    const identity = await issuer.verifier.verify(token);

    // Assess
    expect(identity).toMatchObject({ sub: 'user-1', groups: ['admin'] });
  });

  it('refuses a correctly signed token without exp', async () => {
    // Prepare
    const issuer = createLocalIssuer(SECRET);
    const token = await sign(claims, SECRET, 'HS256');

    // Act, Assess
    await expect(issuer.verifier.verify(token)).rejects.toThrow(/exp/);
  });

  it('refuses an expired token', async () => {
    // Prepare
    const issuer = createLocalIssuer(SECRET, () => new Date(NOW * 1000));
    const token = await issuer.issue({ sub: 'user-1', email: 'a@example.cn', groups: [] });

    // Act, Assess
    await expect(issuer.verifier.verify(token)).rejects.toThrow();
  });
});
