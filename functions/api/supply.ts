import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createSupplyStore } from './src/groups/catalogue-store.ts';
import { createSupplyApp } from './src/groups/supply.ts';

// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(createSupplyApp(awsFunctionDeps('supply', { store: awsStore(process.env, createSupplyStore) }))),
);
