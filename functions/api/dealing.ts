import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createDealingApp } from './src/groups/dealing.ts';
import { createDealingStore } from './src/groups/dealing-store.ts';

// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(createDealingApp(awsFunctionDeps('dealing', { store: awsStore(process.env, createDealingStore) }))),
);
