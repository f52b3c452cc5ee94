import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createDemandApp } from './src/groups/demand.ts';
import { createDemandStore } from './src/groups/demand-store.ts';

export const handler = handle(
  createDemandApp(awsFunctionDeps('demand', { store: awsStore(process.env, createDemandStore) })),
);
