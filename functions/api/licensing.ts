import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createLicensingStore } from './src/groups/dealing-store.ts';
import { createLicensingApp } from './src/groups/licensing.ts';

// Logs carry the invocation's Lambda context; edge metrics (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = observedHandler(
  edgeMetrics,
  handle(
    createLicensingApp(awsFunctionDeps('licensing', { store: awsStore(process.env, createLicensingStore) })),
  ),
);
