import type { Store } from '@openlicense/store';
import type { IdentitySync, TokenVerifier } from './auth/identity.ts';
import type { LocalIssuer } from './auth/local-issuer.ts';
import type { Catalogue } from './catalogue/catalogue.ts';

/** Everything the API needs from outside, built once at start-up and injected. */
export interface ApiDeps {
  store: Store;
  verifier: TokenVerifier;
  identitySync: IdentitySync;
  /** Present only in the local stack: enables `/api/auth/local/*`. */
  localIssuer?: LocalIssuer;
  now: () => Date;
  newId: () => string;
  /** The public catalogue, kept in memory and refreshed from the store (`catalogue/catalogue.ts`). */
  catalogue: Catalogue;
  /** The same listing is not pushed to the same enterprise again within this many days (`PUSH_DEDUPE_DAYS`, default 180). */
  pushDedupeDays?: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes?: number;
}
