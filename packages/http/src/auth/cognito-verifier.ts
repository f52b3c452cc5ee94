import type { TokenVerifier } from '@openlicense/app';
import { CognitoJwtVerifier } from 'aws-jwt-verify';

/** Verifies Cognito ID tokens (signature, issuer, audience, expiry) against the pool's JWKS. */
export function createCognitoVerifier(userPoolId: string, clientId: string): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
  return {
    async verify(token) {
      const payload = await verifier.verify(token);
      return {
        sub: payload.sub,
        email: String(payload.email ?? ''),
        name: typeof payload.name === 'string' ? payload.name : undefined,
        groups: payload['cognito:groups'] ?? [],
        orgId: typeof payload['custom:orgId'] === 'string' ? payload['custom:orgId'] : undefined,
      };
    },
  };
}
