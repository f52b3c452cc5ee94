import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './password.ts';

export type VerifyPassword = (password: string, stored: string) => Promise<boolean>;

/** A hash of a random password no one knows, made once with the same cost as real ones. */
let dummyHash: Promise<string> | undefined;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(24).toString('base64url')));

/**
 * Whether `password` opens the account whose login is `login`. An unknown account costs the same
 * scrypt run as a known one (against a dummy hash), so the answer time does not say whether the
 * e-mail is registered; the comparison itself is constant-time (`verifyPassword`).
 */
export async function passwordOpens(
  login: { passwordHash: string } | undefined,
  password: string,
  verify: VerifyPassword = verifyPassword,
): Promise<boolean> {
  const matches = await verify(password, login?.passwordHash ?? (await unknownAccountHash()));
  return login !== undefined && matches;
}
