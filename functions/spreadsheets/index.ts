import { edgeMetrics } from '@openlicense/http';
import { awsDeps } from '@openlicense/http/aws';
import { publishingMetrics } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createSpreadsheetApp } from './src/app.ts';

// Metrics recorded at the edge (LicencesTaken, ImportsCompleted) go out as one EMF line per invocation.
export const handler = publishingMetrics(edgeMetrics, handle(createSpreadsheetApp(awsDeps())));
