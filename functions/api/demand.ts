import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createDemandApp } from './src/groups/demand.ts';
import { createDemandStore } from './src/groups/demand-store.ts';

// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(createDemandApp(awsFunctionDeps('demand', { store: awsStore(process.env, createDemandStore) }))),
);
