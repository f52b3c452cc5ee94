import { readFileSync } from 'node:fs';
import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsIdentitySync, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createAccountsApp } from './src/groups/accounts.ts';
import { createAccountsStore } from './src/groups/accounts-store.ts';

// Written beside the bundle when it is built (infra's NodeFunction `files`), read on the first request.
const document = () => JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8'));

// Organisation approvals mirror memberships into Cognito: only this function syncs them.
const deps = awsFunctionDeps('accounts', {
  store: awsStore(process.env, createAccountsStore),
  identitySync: awsIdentitySync(),
});
// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(edgeMetrics, handle(createAccountsApp(deps, document)));
