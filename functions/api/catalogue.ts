import { edgeMetrics } from '@openlicense/http';
import { awsCatalogue, awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createCatalogueApp } from './src/groups/catalogue.ts';
import { createCatalogueStore } from './src/groups/catalogue-store.ts';

// Only this function serves the public listings, so only it builds the catalogue (and its S3 snapshot reader).
const store = awsStore(process.env, createCatalogueStore);
// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(createCatalogueApp(awsFunctionDeps('catalogue', { store, catalogue: awsCatalogue(store) }))),
);
