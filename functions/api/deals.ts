import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createDealsStore } from './src/groups/dealing-store.ts';
import { createDealsApp } from './src/groups/deals.ts';

// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(createDealsApp(awsFunctionDeps('deals', { store: awsStore(process.env, createDealsStore) }))),
);
