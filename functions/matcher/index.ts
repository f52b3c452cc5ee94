import { createScheduledHandler, type ScheduleEvent } from '@openlicense/app/scheduled-handler';
import { sesMailer } from '@openlicense/mail';
import { createChangeJournal, createStore, createStoreClients, s3SnapshotStore } from '@openlicense/store';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { readMatcherConfig } from './src/config.ts';
import { streamConsumers } from './src/consumers.ts';
import { matchEngineKind } from './src/match-index/match-engine-kind.ts';
import { createMatcher } from './src/matcher.ts';
import { requireTableName } from './src/require-table-name.ts';
import { MATCH_SNAPSHOT_KEY_PREFIX } from './src/snapshot-names.ts';
import { createStreamHandler } from './src/stream-handler.ts';

const tableName = requireTableName();
const clients = createStoreClients();
const store = createStore(clients, tableName);
const matcher = createMatcher({
  store,
  journal: createChangeJournal({ doc: clients.doc, tableName }),
  snapshots: s3SnapshotStore(() => {
    const bucket = process.env.SNAPSHOT_BUCKET;
    if (!bucket) throw new Error('Missing environment variable SNAPSHOT_BUCKET');
    return bucket;
  }, MATCH_SNAPSHOT_KEY_PREFIX),
  mailer: sesMailer(),
  engines: matchEngineKind,
  config: readMatcherConfig(),
  log: (entry) => console.log(JSON.stringify({ service: 'matcher', ...entry })),
});
const onStream = createStreamHandler(streamConsumers(store, undefined, matcher));
const onSchedule = createScheduledHandler(matcher.jobs, store.jobRuns);

/** The table's stream (batches of records) and the nightly schedule (`match-full-run`) share this function and its engine. */
export const handler = (
  event: DynamoDBStreamEvent | ScheduleEvent,
): Promise<DynamoDBBatchResponse | Record<string, string>> =>
  'Records' in event && Array.isArray(event.Records) ? onStream(event) : onSchedule(event as ScheduleEvent);
