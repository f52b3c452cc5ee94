import type { AppDeps, SignInThrottle, TokenVerifier } from '@openlicense/app';
import type { Context } from 'hono';
import type { LocalIssuer } from './auth/local-issuer.ts';

/** What the HTTP edge needs besides the use-cases' ports: token checks, the local issuer, limits. */
export interface ApiDeps extends AppDeps {
  verifier: TokenVerifier;
  /** Present only in the local stack: enables `/api/auth/local/*`. */
  localIssuer?: LocalIssuer;
  /** Local stack only: counts failed local sign-ins per account and address (default: a fresh one per app). */
  signInThrottle?: SignInThrottle;
  /** The caller's network address where the runtime knows it (the local server's socket); the throttle's per-address key. */
  clientAddress?: (c: Context) => string | undefined;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes?: number;
  /**
   * In AWS: the value CloudFront sends in `x-origin-verify` (`ORIGIN_VERIFY_SECRET`); requests without it
   * (straight to the execute-api endpoint, around the WAF) get 403. Absent locally: no check.
   */
  originSecret?: string;
}
