import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  Catalogue,
  createScheduledHandler,
  memorySnapshotStore,
  noIdentitySync,
  scheduledJobs,
} from '@openlicense/app';
import { createRoutedApi } from '@openlicense/fn-api';
import {
  createMatcher,
  createStreamHandler,
  matchEngineKind,
  readMatcherConfig,
  restrictMatcherStore,
  streamConsumers,
} from '@openlicense/fn-matcher';
import { createSpreadsheetApp } from '@openlicense/fn-spreadsheets';
import { createLocalIssuer, isSpreadsheetRoute } from '@openlicense/http';
import { outboxMailer } from '@openlicense/mail';
import { entryLog, formatLine, sinkLogger } from '@openlicense/observability';
import {
  createChangeJournal,
  createStore,
  createStoreClients,
  ensureTable,
  fileSnapshotStore,
  MAIN_TABLE,
} from '@openlicense/store';
import { type Context, Hono } from 'hono';
import { ulid } from 'ulidx';
import { answerClientErrorsWithJson } from './client-error-json.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { localJwtSecret } from './local-secret.ts';
import { createScheduleTimer } from './schedule-timer.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { mountWeb } from './static-web.ts';
import { createStreamPoller } from './stream-poller.ts';
import { restoreTable, type TableDump } from './table-dump.ts';
import { workerSheetWork } from './worker-sheet-work.ts';

export interface LocalStackOptions {
  port?: number;
  /** In memory (tests, `--memory`) or persisted under `dataDir`. */
  memory?: boolean;
  dataDir?: string;
  tablePrefix?: string;
  /** Seed the demo data when the table has none yet. */
  seed?: boolean;
  /**
   * A DynamoDB Local already running (tests share one per run): the stack makes its own uniquely named
   * table there and drops it on stop, instead of starting an engine of its own.
   */
  endpoint?: string;
  /** Items to write into the new table before serving (a demo seeded once, see `dumpTable`); no seeding then. */
  restore?: TableDump;
  /** Run the stream poller and the schedule timer in-process (as Lambda does in AWS). */
  workers?: boolean;
  scheduleIntervalMs?: number;
  streamPollMs?: number;
  /** How often the public catalogue reads changes; short by default, so a listing shows up at once. */
  catalogueRefreshMs?: number;
  /** Where push emails are filed as `.eml`: default `<dataDir>/outbox`, a temporary folder in memory mode. */
  outboxDir?: string;
  /** The web address push emails link to (`APP_URL`); default this server's. */
  appUrl?: string;
  log?: (message: string) => void;
}

export interface LocalStack {
  url: string;
  endpoint: string;
  tableName: string;
  store: ReturnType<typeof createStore>;
  /** Where push emails land (the local stand-in for SES). */
  outboxDir: string;
  stop(): Promise<void>;
}

/**
 * The whole marketplace on one machine: DynamoDB Local, the tables from the shared definitions,
 * the API and web app on one port, and the stream and schedule workers running the same handlers
 * as the Lambdas.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  /** A module's `{ level, msg, ...context }` entries as readable lines (time, level, service, message, key=value). */
  const readableLog = (service: string) => entryLog(sinkLogger(service, (entry) => log(formatLine(entry))));
  const db = options.endpoint
    ? { endpoint: options.endpoint, stop: async () => {} }
    : await startDynamoDbLocal(options.memory ? {} : { dataDir: options.dataDir ?? '.data' });
  const stops: Array<() => Promise<void>> = [() => db.stop()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const clients = createStoreClients({ endpoint: db.endpoint });
    const prefix =
      options.tablePrefix ?? (options.endpoint ? `stack-${ulid().toLowerCase()}-` : 'openlicense-local-');
    const tableName = `${prefix}${MAIN_TABLE.id}`;
    // A table on a shared engine that no poller reads (the browser tests' stacks) needs no stream.
    await ensureTable(clients.raw, MAIN_TABLE, tableName, {
      stream: !options.endpoint || options.workers === true,
    });
    if (options.endpoint)
      stops.push(async () => {
        await clients.raw.send(new DeleteTableCommand({ TableName: tableName }));
      });
    if (options.restore) await restoreTable(clients.raw, tableName, options.restore);
    // One secret signs the local issuer's tokens and (with a key derived for cursors) the pagination cursors.
    const secret = localJwtSecret(options.memory ? undefined : options.dataDir);
    const store = createStore(clients, tableName, { cursorSecret: secret });
    const issuer = createLocalIssuer(secret);
    // The catalogue's and the matcher's snapshots: files beside the database, as the S3 bucket keeps them in AWS.
    const snapshots = options.memory
      ? memorySnapshotStore()
      : fileSnapshotStore(join(options.dataDir ?? '.data', 'snapshots'));
    // Push emails: `.eml` files, as SES would send them.
    const outboxDir =
      options.outboxDir ??
      (options.memory
        ? await mkdtemp(join(tmpdir(), 'openlicense-outbox-'))
        : join(options.dataDir ?? '.data', 'outbox'));
    if (options.memory && !options.outboxDir)
      stops.push(() => rm(outboxDir, { recursive: true, force: true }));
    const port = options.port ?? 3000;
    let listeningPort: number | undefined;
    const config = {
      ...readMatcherConfig(),
      // Known once the server listens (port 0 picks a free one).
      get appUrl() {
        return options.appUrl ?? process.env.APP_URL ?? `http://localhost:${listeningPort ?? port}`;
      },
    };
    // The matcher sees only the repositories its Lambda builds, so reaching another fails here as in AWS.
    const matcherStore = restrictMatcherStore(store);
    const matcher = createMatcher({
      store: matcherStore,
      journal: createChangeJournal({ doc: clients.doc, tableName }),
      snapshots,
      mailer: outboxMailer(outboxDir),
      engines: matchEngineKind,
      config,
      // One process sees every change here: other shards' deltas are a Lambda concern, read them rarely.
      refreshIntervalMs: 5 * 60_000,
      log: readableLog('matcher'),
    });
    if (options.seed) log(await seedDemo(store, { clients, tableName }, undefined, { matcher }));
    log(`outbox (push emails): ${outboxDir}`);

    if (options.workers) {
      const { Table } = await clients.raw.send(new DescribeTableCommand({ TableName: tableName }));
      const poller = createStreamPoller({
        endpoint: db.endpoint,
        streamArn: Table?.LatestStreamArn ?? '',
        handler: createStreamHandler(streamConsumers(matcherStore, undefined, matcher)),
        pollMs: options.streamPollMs ?? 500,
        onError: (error) => log(`stream poller: ${String(error)}`),
      });
      poller.start();
      stops.push(() => poller.stop());
      // As in AWS: the matcher's full re-match (01:00 Beijing time), then the nightly jobs (02:00).
      const runJobs = createScheduledHandler(
        [
          ...matcher.jobs,
          ...scheduledJobs(store, undefined, {
            snapshots,
            // Filing reminders land in the same outbox, as SES sends them in AWS.
            reminderMail: {
              mailer: outboxMailer(outboxDir),
              from: config.mailFrom,
              get appUrl() {
                return config.appUrl;
              },
            },
          }),
        ],
        store.jobRuns,
      );
      const timer = createScheduleTimer(
        () => runJobs({}),
        options.scheduleIntervalMs ?? 60 * 60 * 1000,
        (error) => log(`scheduled jobs: ${String(error)}`),
      );
      timer.start(true);
      stops.push(() => timer.stop());
    }

    const deps = {
      store,
      verifier: issuer.verifier,
      identitySync: noIdentitySync,
      localIssuer: issuer,
      // The socket's address: the local sign-in throttle's per-address key (nothing sets it from a header).
      clientAddress: (c: Context) => (c.env ? getConnInfo(c).remote.address : undefined),
      now: () => new Date(),
      newId: () => ulid(),
      catalogue: new Catalogue({
        declarations: store.declarations,
        bundles: store.bundles,
        cursors: store.cursors,
        snapshots,
        now: () => new Date(),
        refreshIntervalMs: options.catalogueRefreshMs ?? 1000,
        log: readableLog('catalogue'),
      }),
    };
    // As API Gateway does in AWS: the spreadsheet routes go to their own function, the rest to the API.
    // …and the spreadsheet function's reading runs in worker threads, as it runs in its own Lambda there.
    // Import jobs run in this process; their uploaded rows and reports are files beside the database, as
    // objects under imports/ of the bucket in AWS.
    const sheets = createSpreadsheetApp(deps, {
      sheetWork: workerSheetWork(),
      importFiles: options.memory
        ? memorySnapshotStore()
        : fileSnapshotStore(join(options.dataDir ?? '.data', 'imports')),
    });
    // …and the rest of the API goes to its bounded context's function, by path prefix (`API_GROUPS`).
    const api = createRoutedApi(deps);
    const app = new Hono();
    app.all('/api/*', (c) =>
      // The Node bindings (`env`) go along, so the API can read the caller's socket address.
      (isSpreadsheetRoute(c.req.method, c.req.path) ? sheets : api.appFor(c.req.path)).fetch(
        c.req.raw,
        c.env,
      ),
    );
    mountWeb(app);
    // An HTTP/1 server: serve() makes one unless told to make another kind.
    const server = await new Promise<import('node:http').Server>((accept) => {
      const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () =>
        accept(s as import('node:http').Server),
      );
    });
    // Headers over Node's 16 KB limit and unparsable requests get the API's JSON error body, not a bare status.
    answerClientErrorsWithJson(server);
    // Stopping ends the browsers' open connections too (kept-alive or half-used sockets of a tab left open),
    // which `close` alone would wait on.
    stops.push(
      () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
    );
    const address = server.address();
    const listening = typeof address === 'object' && address ? address.port : port;
    listeningPort = listening;
    return {
      url: `http://127.0.0.1:${listening}`,
      endpoint: db.endpoint,
      tableName,
      store,
      outboxDir,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
