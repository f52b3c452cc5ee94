import { readFileSync } from 'node:fs';
import { awsDeps } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createAccountsApp } from './src/groups/accounts.ts';

// Written beside the bundle when it is built (infra's NodeFunction `files`), read on the first request.
const document = () => JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8'));

export const handler = handle(createAccountsApp(awsDeps(), document));
