import type { TokenVerifier } from '@openlicense/app';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';

export interface CognitoVerifierOptions {
  /**
   * Where to fetch the pool's keys instead of Cognito's `https://cognito-idp.<region>.amazonaws.com/<pool>/
   * .well-known/jwks.json`: for an emulator (moto serves them at `<endpoint>/<pool>/.well-known/jwks.json`).
   * Issuer, audience, token use and expiry are checked exactly as against Cognito. Deployed, leave it unset.
   */
  jwksUri?: string;
}

/** Verifies Cognito ID tokens (signature, issuer, audience, expiry) against the pool's JWKS. */
export function createCognitoVerifier(
  userPoolId: string,
  clientId: string,
  options: CognitoVerifierOptions = {},
): TokenVerifier {
  const verifier = CognitoJwtVerifier.create(
    { userPoolId, clientId, tokenUse: 'id' },
    options.jwksUri ? { jwksCache: jwksCacheAt(options.jwksUri) } : undefined,
  );
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

/** aws-jwt-verify's own cache (kid lookup, refetch on an unknown kid, penalty box), reading keys from `uri`. */
function jwksCacheAt(uri: string): SimpleJwksCache {
  return new SimpleJwksCache({
    fetcher: {
      async fetch() {
        const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
        if (!response.ok) throw new Error(`JWKS at ${uri} answered ${response.status}`);
        return response.arrayBuffer();
      },
    },
  });
}
