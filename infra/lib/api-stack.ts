import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { SPREADSHEET_SPECS } from '../../functions/api/src/routes/spreadsheet-specs.ts';
import { MarketplaceHttpApi } from './constructs/marketplace-http-api.ts';
import { MarketplaceUserPool } from './constructs/marketplace-user-pool.ts';
import { NodeFunction } from './constructs/node-function.ts';
import { OperationalAlarms } from './constructs/operational-alarms.ts';
import { SnapshotBucket } from './constructs/snapshot-bucket.ts';
import type { MarketplaceTableRef } from './constructs/table-access.ts';
import { type FunctionName, functionEntry } from './paths.ts';

// China has no daylight saving time, so a fixed UTC hour is always the same Beijing (UTC+8) hour.
const nightlyAt = (hourUtc: number): events.Schedule =>
  events.Schedule.cron({ minute: '0', hour: String(hourUtc) });

export interface ApiStackProps extends StackProps {
  /** The main table: the API serves it, the matcher follows its stream, the scheduler sweeps it. */
  table: MarketplaceTableRef;
  /** Receives alarm notifications (context `alarmEmail`). */
  alarmEmail?: string;
  /**
   * Pre-built code per function instead of esbuild bundling of `functions/<name>/index.ts`;
   * lets tests synthesize without the entry files.
   */
  codeFor?: (name: FunctionName) => lambda.Code;
}

/**
 * The stateless back end: identity, the HTTP API and the functions behind it, stream- and
 * schedule-driven matching, the nightly jobs, and the alarms on all of them.
 */
export class ApiStack extends Stack {
  readonly api: MarketplaceHttpApi;
  readonly users: MarketplaceUserPool;
  readonly functions: Readonly<Record<FunctionName, NodeFunction>>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table } = props;
    const code = (name: FunctionName) => ({ entry: functionEntry(name), code: props.codeFor?.(name) });

    this.users = new MarketplaceUserPool(this, 'Users');

    const api = new NodeFunction(this, 'ApiFunction', {
      ...code('api'),
      description: 'Hono app behind the HTTP API',
      serviceName: 'api',
      // One full vCPU: the public catalogue decodes its snapshot (tens of MB) on a cold start.
      memorySize: 1769,
      environment: {
        AUTH_MODE: 'cognito',
        USER_POOL_ID: this.users.userPool.userPoolId,
        USER_POOL_CLIENT_ID: this.users.webClient.userPoolClientId,
      },
    }).bindTable(table, 'readWrite');
    // Approving a membership writes custom:orgId and the role group back to Cognito.
    this.users.grantMembershipSync(api.function);

    // Templates, imports (10,000-row ledgers) and exports: the spreadsheet library lives only here.
    const spreadsheets = new NodeFunction(this, 'SpreadsheetsFunction', {
      ...code('spreadsheets'),
      description: 'Ledger templates, XLSX/CSV imports and XLSX exports',
      serviceName: 'spreadsheets',
      timeout: Duration.seconds(60),
      memorySize: 1536,
      environment: {
        AUTH_MODE: 'cognito',
        USER_POOL_ID: this.users.userPool.userPoolId,
        USER_POOL_CLIENT_ID: this.users.webClient.userPoolClientId,
      },
    }).bindTable(table, 'readWrite');

    // Records that still fail after retries and bisection, and scheduled runs that still fail after
    // the asynchronous retries, are parked here for inspection and replay.
    const failedEvents = new sqs.Queue(this, 'FailedEvents', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(failedEvents).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter destination (stream on-failure destination and async-invoke ' +
        'on-failure destination), which cdk-nag only recognises for queue redrive policies.',
    });

    const matcher = new NodeFunction(this, 'MatcherFunction', {
      ...code('matcher'),
      description: 'Consumes the main table stream: organisation counters now, matching next',
      serviceName: 'matcher',
      timeout: Duration.minutes(5),
      memorySize: 1536,
    })
      .bindTable(table, 'readWrite')
      .consumeTableStream(table, {
        // After a redeploy that recreates the mapping, replaying the 24 h window is safe (pushes are
        // deduplicated) while skipping it could lose matches.
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(2),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(failedEvents),
      });
    // The nightly full re-match joins with the matching engine; until then the matcher only
    // consumes the stream, and a schedule would invoke it with events it does not handle.

    const scheduler = new NodeFunction(this, 'SchedulerFunction', {
      ...code('scheduler'),
      description: 'Nightly jobs: digests, quota counters, filings due',
      serviceName: 'scheduler',
      timeout: Duration.minutes(10),
    })
      .bindTable(table, 'readWrite')
      .runOnSchedule(
        'Nightly',
        nightlyAt(18),
        'Nightly jobs at 02:00 Beijing time, after matching',
        failedEvents,
      );

    // The catalogue snapshot: the nightly run writes it, an API cold start loads it.
    new SnapshotBucket(this, 'Snapshots').grantReadTo(api).grantWriteTo(scheduler);

    this.api = new MarketplaceHttpApi(this, 'Api', { handler: api.function });
    this.api.routeTo('Spreadsheets', spreadsheets.function, SPREADSHEET_SPECS);
    this.functions = { api, spreadsheets, matcher, scheduler };

    new OperationalAlarms(this, 'Alarms', { notifyEmail: props.alarmEmail })
      .watchFunction('Api', api.function)
      .watchFunction('Spreadsheets', spreadsheets.function)
      .watchFunction('Matcher', matcher.function)
      .watchFunction('Scheduler', scheduler.function)
      .watchHttpApi('HttpApi', this.api.httpApi)
      .watchDeadLetters('FailedEvents', failedEvents);

    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.webClient.userPoolClientId });
    new CfnOutput(this, 'ApiEndpoint', { value: this.api.httpApi.apiEndpoint });
  }
}
