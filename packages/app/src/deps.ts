import type { Store } from '@openlicense/store';
import type { IdentitySync } from './auth/identity.ts';
import type { Catalogue } from './catalogue/catalogue.ts';

/**
 * What the use-cases need from outside (their ports), built once at start-up and injected by each
 * composition root (a Lambda's `index.ts`, `packages/local`). The HTTP edge adds its own
 * (`ApiDeps` in `@openlicense/http`).
 */
export interface AppDeps {
  store: Store;
  identitySync: IdentitySync;
  now: () => Date;
  newId: () => string;
  /** The public catalogue, kept in memory and refreshed from the store (`catalogue/catalogue.ts`). */
  catalogue: Catalogue;
  /** The same listing is not pushed to the same enterprise again within this many days (`PUSH_DEDUPE_DAYS`, default 180). */
  pushDedupeDays?: number;
}
