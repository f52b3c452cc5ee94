import { pushDedupeDaysFrom } from '@openlicense/domain';
import { createStore, createStoreClients } from '@openlicense/store';
import { ulid } from 'ulidx';
import { createCognitoIdentitySync } from './auth/cognito-identity-sync.ts';
import { createCognitoVerifier } from './auth/cognito-verifier.ts';
import { Catalogue } from './catalogue/catalogue.ts';
import { s3SnapshotStore } from './catalogue/s3-snapshot-store.ts';
import type { ApiDeps } from './deps.ts';
import { requireEnv } from './require-env.ts';

/** Dependencies for the deployed Lambda: Cognito tokens, the regional DynamoDB table. */
export function awsDeps(env: NodeJS.ProcessEnv = process.env): ApiDeps {
  const userPoolId = requireEnv(env, 'USER_POOL_ID');
  const store = createStore(createStoreClients(), requireEnv(env, 'TABLE_NAME'));
  const refreshSeconds = Number(env.CATALOGUE_REFRESH_SECONDS ?? 30);
  if (!Number.isFinite(refreshSeconds) || refreshSeconds < 0)
    throw new Error('CATALOGUE_REFRESH_SECONDS must be a number of seconds ≥ 0');
  return {
    store,
    verifier: createCognitoVerifier(userPoolId, requireEnv(env, 'USER_POOL_CLIENT_ID')),
    identitySync: createCognitoIdentitySync(userPoolId),
    now: () => new Date(),
    newId: () => ulid(),
    pushDedupeDays: pushDedupeDaysFrom(env.PUSH_DEDUPE_DAYS),
    // The bucket is looked up on the first catalogue request: the spreadsheets function shares these deps.
    catalogue: new Catalogue({
      declarations: store.declarations,
      snapshots: s3SnapshotStore(() => requireEnv(env, 'SNAPSHOT_BUCKET')),
      now: () => new Date(),
      refreshIntervalMs: refreshSeconds * 1000,
    }),
  };
}
