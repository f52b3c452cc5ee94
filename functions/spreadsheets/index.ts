import { edgeMetrics } from '@openlicense/http';
import { awsFunctionDeps, awsStore } from '@openlicense/http/aws';
import { observedHandler } from '@openlicense/observability';
import { s3SnapshotStore } from '@openlicense/store';
import { handle } from 'hono/aws-lambda';
import { runImportJob } from './src/import-job-runner.ts';
import {
  isImportJobEvent,
  lambdaImportDispatch,
  runtimeLambdaInvoker,
} from './src/lambda-import-dispatch.ts';
import { createLedgerApp } from './src/ledger-app.ts';
import { inProcessSheetWork } from './src/sheet-work.ts';
import { createLedgerStore } from './src/spreadsheet-store.ts';

// Only the repositories the ledger routes reach (LEDGER_REPOSITORIES); no catalogue and no Cognito
// membership sync, which no spreadsheet route uses (a stand-in throws, naming this function, if one ever does).
const deps = awsFunctionDeps('spreadsheets', { store: awsStore(process.env, createLedgerStore) });
// An upload's rows and an import's report: objects under `imports/` of the snapshot bucket.
const importFiles = s3SnapshotStore(() => requireEnv(process.env, 'SNAPSHOT_BUCKET'), 'imports/');
// Queued imports run in an asynchronous invocation of this same function, within its own timeout.
const importDispatch = lambdaImportDispatch(
  () => requireEnv(process.env, 'AWS_LAMBDA_FUNCTION_NAME'),
  runtimeLambdaInvoker(),
);
const http = handle(createLedgerApp(deps, { importFiles, importDispatch }));
// Logs carry the invocation's Lambda context; edge metrics (ImportsCompleted, ImportedRows) go out as one EMF line per invocation.
export const handler = observedHandler(edgeMetrics, (event: unknown, context: unknown) =>
  isImportJobEvent(event)
    ? runImportJob(
        { deps, importFiles, sheetWork: inProcessSheetWork, metrics: edgeMetrics, log: logFault },
        event.importJob,
      )
    : http(event as never, context as never),
);

function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function logFault(message: string, error: unknown): void {
  console.error(JSON.stringify({ level: 'ERROR', message, error: String(error) }));
}
