import type { IdentityClaims, TokenVerifier } from '@openlicense/app';
import { sign, verify } from 'hono/jwt';

const ISSUER = 'openlicense-local';
const TOKEN_TTL_SECONDS = 12 * 60 * 60;

/**
 * Issues and verifies tokens shaped like Cognito ID tokens, for the local stack only: the Lambda
 * entry point never constructs one, so it cannot be deployed by accident.
 */
export function createLocalIssuer(secret: string, now: () => Date = () => new Date()) {
  const verifier: TokenVerifier = {
    async verify(token) {
      const payload = await verify(token, secret, 'HS256');
      if (payload.iss !== ISSUER || payload.token_use !== 'id') throw new Error('not a local id token');
      // hono/jwt checks `exp` only when present: a token that never expires is refused here.
      if (typeof payload.exp !== 'number') throw new Error('a local token must carry exp');
      const groups = payload['cognito:groups'];
      return {
        sub: String(payload.sub),
        email: String(payload.email),
        name: typeof payload.name === 'string' ? payload.name : undefined,
        groups: Array.isArray(groups) ? groups.map(String) : [],
        orgId: typeof payload['custom:orgId'] === 'string' ? payload['custom:orgId'] : undefined,
      };
    },
  };
  return {
    verifier,
    async issue(claims: IdentityClaims): Promise<string> {
      const iat = Math.floor(now().getTime() / 1000);
      return sign(
        {
          iss: ISSUER,
          token_use: 'id',
          sub: claims.sub,
          email: claims.email,
          name: claims.name,
          'cognito:groups': claims.groups,
          ...(claims.orgId ? { 'custom:orgId': claims.orgId } : {}),
          iat,
          exp: iat + TOKEN_TTL_SECONDS,
        },
        secret,
        'HS256',
      );
    },
  };
}
export type LocalIssuer = ReturnType<typeof createLocalIssuer>;
