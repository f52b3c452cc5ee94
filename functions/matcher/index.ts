import { type DeployRunRequest, withDeployRun } from '@openlicense/app/deploy-run';
import { createScheduledHandler, type ScheduleEvent } from '@openlicense/app/scheduled-handler';
import { mailerFromEnvironment } from '@openlicense/mail';
import { createLogger, createMetrics, entryLog, observedHandler } from '@openlicense/observability';
import { createChangeJournal, createStoreClients, s3SnapshotStore } from '@openlicense/store';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { readMatcherConfig } from './src/config.ts';
import { streamConsumers } from './src/consumers.ts';
import { matchEngineKind } from './src/match-index/match-engine-kind.ts';
import { createMatcher } from './src/matcher.ts';
import { createMatcherStore } from './src/matcher-store.ts';
import { requireTableName } from './src/require-table-name.ts';
import { MATCH_SNAPSHOT_KEY_PREFIX } from './src/snapshot-names.ts';
import { createStreamHandler } from './src/stream-handler.ts';

const logger = createLogger('matcher');
const log = entryLog(logger);
const metrics = createMetrics('OpenLicense', 'matcher');
const tableName = requireTableName();
const clients = createStoreClients();
// Only the repositories the matcher reaches (MATCHER_REPOSITORIES), not the whole store: a smaller bundle.
const store = createMatcherStore(clients, tableName);
const matcher = createMatcher({
  store,
  journal: createChangeJournal({ doc: clients.doc, tableName }),
  snapshots: s3SnapshotStore(() => {
    const bucket = process.env.SNAPSHOT_BUCKET;
    if (!bucket) throw new Error('Missing environment variable SNAPSHOT_BUCKET');
    return bucket;
  }, MATCH_SNAPSHOT_KEY_PREFIX),
  // SES, or SMTP where SES is not offered (MAIL_TRANSPORT; the SMTP URL from the secret SMTP_SECRET_ID).
  mailer: mailerFromEnvironment(),
  engines: matchEngineKind,
  config: readMatcherConfig(),
  log,
  metrics,
});
const onStream = createStreamHandler(streamConsumers(store, undefined, matcher), log, metrics);
// The deploy's custom resource (FirstSnapshotRuns) asks for `match-full-run` once: the engine's snapshot.
const onSchedule = withDeployRun(createScheduledHandler(matcher.jobs, store.jobRuns));

/**
 * The table's stream (batches of records) and the nightly schedule (`match-full-run`) share this function and
 * its engine. Logs carry the invocation's Lambda context; PushesDelivered and MatcherLagSeconds go out as one
 * EMF line per invocation.
 */
export const handler = observedHandler(
  metrics,
  async (
    event: DynamoDBStreamEvent | ScheduleEvent | DeployRunRequest,
    _context?: unknown,
  ): Promise<DynamoDBBatchResponse | Record<string, string>> =>
    'Records' in event && Array.isArray(event.Records)
      ? await onStream(event)
      : await onSchedule(event as ScheduleEvent | DeployRunRequest),
);
