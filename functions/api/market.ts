import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createMarketApp } from './src/groups/market.ts';
import { createMarketStore } from './src/groups/market-store.ts';

// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(createMarketApp(awsFunctionDeps('market', { store: awsStore(process.env, createMarketStore) }))),
);
