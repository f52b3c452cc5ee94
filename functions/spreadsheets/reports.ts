import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createReportApp } from './src/report-app.ts';
import { createSpreadsheetStore } from './src/spreadsheet-store.ts';

// The report exports (push evidence, the evaluation report), split from the ledger routes so each
// bundle stays under 300 KB; the same store (SPREADSHEET_REPOSITORIES), no catalogue, no Cognito sync.
const deps = awsFunctionDeps('spreadsheet-reports', { store: awsStore(process.env, createSpreadsheetStore) });
// Logs carry the invocation's Lambda context; edge metrics go out as one EMF line per invocation.
export const handler = observedHandler(edgeMetrics, handle(createReportApp(deps)));
