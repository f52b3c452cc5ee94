import type { Store } from '@openlicense/store';
import type { Context } from 'hono';
import type { IdentitySync, TokenVerifier } from './auth/identity.ts';
import type { LocalIssuer } from './auth/local-issuer.ts';
import type { SignInThrottle } from './auth/sign-in-throttle.ts';
import type { Catalogue } from './catalogue/catalogue.ts';

/** Everything the API needs from outside, built once at start-up and injected. */
export interface ApiDeps {
  store: Store;
  verifier: TokenVerifier;
  identitySync: IdentitySync;
  /** Present only in the local stack: enables `/api/auth/local/*`. */
  localIssuer?: LocalIssuer;
  /** Local stack only: counts failed local sign-ins per account and address (default: a fresh one per app). */
  signInThrottle?: SignInThrottle;
  /** The caller's network address where the runtime knows it (the local server's socket); the throttle's per-address key. */
  clientAddress?: (c: Context) => string | undefined;
  now: () => Date;
  newId: () => string;
  /** The public catalogue, kept in memory and refreshed from the store (`catalogue/catalogue.ts`). */
  catalogue: Catalogue;
  /** The same listing is not pushed to the same enterprise again within this many days (`PUSH_DEDUPE_DAYS`, default 180). */
  pushDedupeDays?: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes?: number;
}
