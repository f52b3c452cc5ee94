import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The local issuer's signing secret: kept beside the data so sign-ins survive a restart, or
 * random per process in memory mode. Never used in AWS (Cognito signs there).
 */
export function localJwtSecret(dataDir?: string): string {
  if (process.env.LOCAL_JWT_SECRET) return process.env.LOCAL_JWT_SECRET;
  if (!dataDir) return randomBytes(32).toString('base64url');
  const file = join(dataDir, 'local-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
