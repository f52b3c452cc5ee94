import { createStore, createStoreClients } from '@openlicense/store';
import { ulid } from 'ulidx';
import { createCognitoIdentitySync } from './auth/cognito-identity-sync.ts';
import { createCognitoVerifier } from './auth/cognito-verifier.ts';
import type { ApiDeps } from './deps.ts';
import { requireEnv } from './require-env.ts';

/** Dependencies for the deployed Lambda: Cognito tokens, the regional DynamoDB table. */
export function awsDeps(env: NodeJS.ProcessEnv = process.env): ApiDeps {
  const userPoolId = requireEnv(env, 'USER_POOL_ID');
  return {
    store: createStore(createStoreClients(), requireEnv(env, 'TABLE_NAME')),
    verifier: createCognitoVerifier(userPoolId, requireEnv(env, 'USER_POOL_CLIENT_ID')),
    identitySync: createCognitoIdentitySync(userPoolId),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
