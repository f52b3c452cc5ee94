import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { handle } from 'hono/aws-lambda';
import { createDealingApp } from './src/groups/dealing.ts';
import { createDealingStore } from './src/groups/dealing-store.ts';

export const handler = handle(
  createDealingApp(awsFunctionDeps('dealing', { store: awsStore(process.env, createDealingStore) })),
);
