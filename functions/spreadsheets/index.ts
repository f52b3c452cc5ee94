import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { handle } from 'hono/aws-lambda';
import { createSpreadsheetApp } from './src/app.ts';
import { createSpreadsheetStore } from './src/spreadsheet-store.ts';

// Only the repositories the spreadsheet routes reach (SPREADSHEET_REPOSITORIES); no catalogue and no Cognito
// membership sync, which no spreadsheet route uses (a stand-in throws, naming this function, if one ever does).
const deps = awsFunctionDeps('spreadsheets', { store: awsStore(process.env, createSpreadsheetStore) });
// Logs carry the invocation's Lambda context; edge metrics (ImportsCompleted, ImportedRows) go out as one EMF line per invocation.
export const handler = observedHandler(edgeMetrics, handle(createSpreadsheetApp(deps)));
