import { describe, expect, it, vi } from 'vitest';
import { passwordOpens } from './credential-check.ts';
import { hashPassword, verifyPassword } from './password.ts';

describe('passwordOpens', () => {
  it('runs the password hash for an unknown account too, and refuses it', async () => {
    // Prepare
    const verify = vi.fn(verifyPassword);

    // Act
    const opens = await passwordOpens(undefined, 'Guess@2026', verify);

    // Assess
    expect(opens).toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0]?.[1]).toMatch(/^scrypt\$16384\$/);
  });

  it('runs the hash once for a known account: right password opens, wrong does not', async () => {
    // Prepare
    const login = { passwordHash: await hashPassword('Demo@2026') };
    const verify = vi.fn(verifyPassword);

    // Act
    const right = await passwordOpens(login, 'Demo@2026', verify);
    const wrong = await passwordOpens(login, 'Demo@2025', verify);

    // Assess
    expect([right, wrong]).toEqual([true, false]);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('never opens an unknown account, whatever the password', async () => {
    // Prepare
    const alwaysTrue = vi.fn(async () => true);

    // Act
    const opens = await passwordOpens(undefined, 'anything', alwaysTrue);

    // Assess
    expect(opens).toBe(false);
    expect(alwaysTrue).toHaveBeenCalledTimes(1);
  });
});
