import { MATCH_ENGINE_VERSION } from '@openlicense/matching';
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { API_GROUPS } from '../../functions/api/src/api-groups.ts';
import { MATCH_SNAPSHOT_KEY_PREFIX, matchSnapshotName } from '../../functions/matcher/src/snapshot-names.ts';
import {
  SPREADSHEET_LEDGER_SPECS,
  SPREADSHEET_REPORT_SPECS,
} from '../../packages/http/src/spreadsheet-specs.ts';
import { CATALOGUE_SNAPSHOT_KEY, FirstSnapshotRuns } from './constructs/first-snapshot-runs.ts';
import { enableImportJobs } from './constructs/import-jobs.ts';
import { MarketplaceHttpApi } from './constructs/marketplace-http-api.ts';
import { MarketplaceUserPool } from './constructs/marketplace-user-pool.ts';
import { type FunctionMail, NodeFunction, type NodeFunctionProps } from './constructs/node-function.ts';
import { OperationalAlarms } from './constructs/operational-alarms.ts';
import { SnapshotBucket } from './constructs/snapshot-bucket.ts';
import type { MarketplaceTableRef } from './constructs/table-access.ts';
import { type ApiFunctionName, type FunctionName, functionEntry, REPO_ROOT } from './paths.ts';
import { DEFAULT_RESERVED_CONCURRENCY } from './reserved-concurrency.ts';

export const DEFAULT_MAIL_FROM = '专利开放许可平台 <noreply@openlicense.example.cn>';
export const DEFAULT_APP_URL = 'https://openlicense.example.cn';

// China has no daylight saving time, so a fixed UTC hour is always the same Beijing (UTC+8) hour.
const nightlyAt = (hourUtc: number): events.Schedule =>
  events.Schedule.cron({ minute: '0', hour: String(hourUtc) });

export interface ApiStackProps extends StackProps {
  /** The main table: the API serves it, the matcher follows its stream, the scheduler sweeps it. */
  table: MarketplaceTableRef;
  /** Receives alarm notifications (context `alarmEmail`). */
  alarmEmail?: string;
  /**
   * Sender of push emails (context `mailFrom`), e.g. `专利开放许可平台 <noreply@openlicense.example.cn>`;
   * its domain must be a verified SES identity, and the matcher (push emails) and the scheduler (filing
   * reminders) may send from this address only.
   */
  mailFrom?: string;
  /**
   * The web app's public address (context `appUrl`): push emails link to the inbox and to unsubscribe,
   * filing reminders to the licences page.
   */
  appUrl?: string;
  /** `PUSH_DEDUPE_DAYS` (context `pushDedupeDays`): no same listing to the same enterprise within it. */
  pushDedupeDays?: number;
  /**
   * How the matcher and scheduler send email (context `mailTransport`, default `ses`). `smtp` needs
   * `smtpSecret` (context): the name or complete ARN of a Secrets Manager secret, in this stack's region,
   * whose text is the SMTP URL `smtps://user:password@host:465` (or JSON `{"url": "…"}`).
   */
  mail?: { transport: 'ses' | 'smtp' | 'log'; smtpSecret?: string };
  /** Reserved concurrency per function (context `reservedConcurrency`); undefined reserves none. */
  reservedConcurrency?: Readonly<Record<FunctionName, number>>;
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
  /** What CloudFront must send in `x-origin-verify` for the API to answer. */
  readonly originSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table } = props;
    const reserved =
      'reservedConcurrency' in props ? props.reservedConcurrency : DEFAULT_RESERVED_CONCURRENCY;
    const code = (name: FunctionName) => ({
      entry: functionEntry(name),
      code: props.codeFor?.(name),
      reservedConcurrentExecutions: reserved?.[name],
    });

    this.users = new MarketplaceUserPool(this, 'Users');

    // Signs the pagination cursors the API hands out, so a caller can neither read table keys from them nor
    // forge one; every instance of the api and spreadsheets functions must share it.
    const cursorSecret = new secretsmanager.Secret(this, 'CursorSecret', {
      description: 'HMAC key of the API pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A rotation would only invalidate the pagination cursors callers hold at that moment; rotate it by ' +
        'replacing the secret and redeploying.',
    });
    const cursorSecretValue = cursorSecret.secretValue.unsafeUnwrap();

    // CloudFront sends it to the API in x-origin-verify and the API refuses requests without it, so the public
    // execute-api endpoint cannot be used around CloudFront and its WAF. (Disabling that endpoint would need a
    // custom API domain with its own certificate for CloudFront to reach the API through.)
    this.originSecret = new secretsmanager.Secret(this, 'OriginSecret', {
      description: 'Value CloudFront sends the HTTP API in x-origin-verify; requests without it get 403',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFront (origin header) and the API functions (environment) take the value at deploy time, so a ' +
        'rotation alone would refuse every request until both are redeployed; rotate it by replacing the secret ' +
        'and redeploying the API and web stacks.',
    });

    const cognito = {
      AUTH_MODE: 'cognito',
      USER_POOL_ID: this.users.userPool.userPoolId,
      USER_POOL_CLIENT_ID: this.users.webClient.userPoolClientId,
      CURSOR_SECRET: cursorSecretValue,
      ORIGIN_VERIFY_SECRET: this.originSecret.secretValue.unsafeUnwrap(),
    };
    // The API, one function per bounded context (`API_GROUPS`), each bundling only its own routes.
    const apiFunction = (
      name: ApiFunctionName,
      id: string,
      description: string,
      extra: Partial<NodeFunctionProps> = {},
    ) =>
      new NodeFunction(this, id, {
        ...code(name),
        description,
        serviceName: name,
        environment: cognito,
        ...extra,
      }).bindTable(table, 'readWrite');
    const catalogue = apiFunction(
      'api-catalogue',
      'ApiCatalogueFunction',
      'API: catalogue (patents, listings, disputes, stats, look-ups)',
      // One full vCPU: the public catalogue decodes its snapshot (tens of MB) on a cold start.
      { memorySize: 1769 },
    );
    const supply = apiFunction('api-supply', 'ApiSupplyFunction', 'API: supply (declarations and bundles)');
    const demand = apiFunction(
      'api-demand',
      'ApiDemandFunction',
      'API: demand and push (needs, authorisations, agents, matches, proposals, pushes, inbox)',
    );
    const licensing = apiFunction(
      'api-licensing',
      'ApiLicensingFunction',
      'API: licences, confirmations and notifications',
    );
    const deals = apiFunction('api-deals', 'ApiDealsFunction', 'API: brokered deals and events');
    const market = apiFunction(
      'api-market',
      'ApiMarketFunction',
      'API: market signals (demand for universities, unmet demand, field alerts, conversion needs)',
    );
    const accounts = apiFunction(
      'api-accounts',
      'ApiAccountsFunction',
      'API: organisations, accounts, quotas, evidence, health and docs',
      {
        // The OpenAPI document of every route, written beside the bundle and read on request.
        afterBundling: (outputDir) => [
          `cd "${REPO_ROOT}" && node --import tsx functions/api/scripts/write-openapi-document.ts "${outputDir}/openapi.json"`,
        ],
      },
    );
    // Approving a membership writes custom:orgId and the role group back to Cognito (organisations).
    this.users.grantMembershipSync(accounts.function);

    // Templates, imports (10,000-row ledgers) and exports: the spreadsheet library lives only here.
    const spreadsheets = new NodeFunction(this, 'SpreadsheetsFunction', {
      ...code('spreadsheets'),
      description: 'Ledger templates, XLSX/CSV imports and XLSX exports',
      serviceName: 'spreadsheets',
      // An import job (20,000 rows, one transaction each) runs in an asynchronous invocation of this
      // function; its HTTP requests are cut by the gateway at 30 s anyway.
      timeout: Duration.minutes(15),
      memorySize: 1536,
      environment: cognito,
    }).bindTable(table, 'readWrite');
    // The report exports (push evidence, the evaluation report): split from the ledger routes so each
    // bundle stays under 300 KB. A report of every organisation is built in one request.
    const spreadsheetReports = new NodeFunction(this, 'SpreadsheetReportsFunction', {
      ...code('spreadsheet-reports'),
      description: 'XLSX reports: push evidence and the evaluation report',
      serviceName: 'spreadsheet-reports',
      timeout: Duration.seconds(30),
      memorySize: 1536,
      environment: cognito,
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

    const mail = functionMail(this, props.mail);
    const mailFrom = props.mailFrom ?? DEFAULT_MAIL_FROM;
    const appUrl = props.appUrl ?? DEFAULT_APP_URL;
    const matcher = new NodeFunction(this, 'MatcherFunction', {
      ...code('matcher'),
      description:
        'Table stream and nightly full run: organisation counters, matches, proposals, push delivery',
      serviceName: 'matcher',
      // The nightly full run rebuilds the engine and recomputes every need in one invocation.
      timeout: Duration.minutes(15),
      // One full vCPU: the engine's snapshot is decoded on a cold start, and matching is CPU-bound.
      memorySize: 1769,
      environment: {
        PUSH_DEDUPE_DAYS: String(props.pushDedupeDays ?? 180),
      },
    })
      .bindTable(table, 'readWrite')
      // Push emails.
      .sendEmail(mailFrom, appUrl, mail)
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
      })
      .runOnSchedule(
        'NightlyMatch',
        nightlyAt(17),
        'Nightly full re-match (match-full-run), then patent grading (grade-patents), at 01:00 Beijing time',
        failedEvents,
      );

    const scheduler = new NodeFunction(this, 'SchedulerFunction', {
      ...code('scheduler'),
      description: 'Nightly jobs: digests, quota counters, filings due',
      serviceName: 'scheduler',
      timeout: Duration.minutes(10),
    })
      .bindTable(table, 'readWrite')
      // Filing reminders, from the same sender as push emails.
      .sendEmail(mailFrom, appUrl, mail)
      .runOnSchedule(
        'Nightly',
        nightlyAt(18),
        'Nightly jobs at 02:00 Beijing time, after matching',
        failedEvents,
      );

    // The catalogue snapshot: the nightly run writes it, an API cold start loads it. The matching engine's:
    // the matcher's nightly full run writes it, its cold start loads it.
    const matchSnapshot = `${MATCH_SNAPSHOT_KEY_PREFIX}${matchSnapshotName(MATCH_ENGINE_VERSION)}`;
    const snapshots = new SnapshotBucket(this, 'Snapshots')
      .grantReadTo(catalogue)
      .grantWriteTo(scheduler)
      .grantReadTo(matcher, matchSnapshot)
      .grantWriteTo(matcher, matchSnapshot);
    enableImportJobs(this, spreadsheets, snapshots);
    // Both snapshots are written once by the deploy itself, after the functions, their grants, the bucket and
    // the table exist: a fresh stack does not wait for the first night.
    new FirstSnapshotRuns(this, 'FirstSnapshotRuns', { after: [snapshots, table.table] })
      .run('Catalogue', scheduler, ['catalogue-snapshot'], CATALOGUE_SNAPSHOT_KEY)
      .run('MatchEngine', matcher, ['match-full-run'], matchSnapshot);

    this.api = new MarketplaceHttpApi(this, 'Api', { handler: accounts.function });
    this.api.routeGroupTo('ApiCatalogue', catalogue.function, API_GROUPS.catalogue);
    this.api.routeGroupTo('ApiSupply', supply.function, API_GROUPS.supply);
    this.api.routeGroupTo('ApiDemand', demand.function, API_GROUPS.demand);
    this.api.routeGroupTo('ApiLicensing', licensing.function, API_GROUPS.licensing);
    this.api.routeGroupTo('ApiDeals', deals.function, API_GROUPS.deals);
    this.api.routeGroupTo('ApiMarket', market.function, API_GROUPS.market);
    this.api.routeTo('Spreadsheets', spreadsheets.function, SPREADSHEET_LEDGER_SPECS);
    this.api.routeTo('SpreadsheetReports', spreadsheetReports.function, SPREADSHEET_REPORT_SPECS);
    this.functions = {
      'api-catalogue': catalogue,
      'api-supply': supply,
      'api-demand': demand,
      'api-licensing': licensing,
      'api-deals': deals,
      'api-market': market,
      'api-accounts': accounts,
      spreadsheets,
      'spreadsheet-reports': spreadsheetReports,
      matcher,
      scheduler,
    };

    const alarms = new OperationalAlarms(this, 'Alarms', { notifyEmail: props.alarmEmail });
    for (const [id, fn] of [
      ['ApiCatalogue', catalogue],
      ['ApiSupply', supply],
      ['ApiDemand', demand],
      ['ApiLicensing', licensing],
      ['ApiDeals', deals],
      ['ApiMarket', market],
      ['ApiAccounts', accounts],
      ['Spreadsheets', spreadsheets],
      ['SpreadsheetReports', spreadsheetReports],
      ['Matcher', matcher],
      ['Scheduler', scheduler],
    ] as const)
      alarms.watchFunction(id, fn.function, fn.timeout);
    alarms
      .watchStreamConsumer('Matcher', matcher.function)
      .watchHttpApi('HttpApi', this.api.httpApi)
      .watchDeadLetters('FailedEvents', failedEvents);

    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.webClient.userPoolClientId });
    new CfnOutput(this, 'ApiEndpoint', { value: this.api.httpApi.apiEndpoint });
  }
}

/** The mail settings of the functions that send email; `smtp` without its secret stops the synth. */
function functionMail(scope: Construct, mail: ApiStackProps['mail']): FunctionMail {
  if (!mail || mail.transport === 'ses') return { transport: 'ses' };
  if (mail.transport === 'log') return { transport: 'log' };
  if (mail.transport !== 'smtp')
    throw new Error(`mailTransport must be one of ses, smtp, log (got "${String(mail.transport)}")`);
  if (!mail.smtpSecret)
    throw new Error(
      'mailTransport=smtp needs -c smtpSecret=<name or ARN of a Secrets Manager secret holding ' +
        'smtps://user:password@host:465>: the SMTP password is never put in the template or the environment',
    );
  const smtpSecret = mail.smtpSecret.startsWith('arn:')
    ? secretsmanager.Secret.fromSecretCompleteArn(scope, 'SmtpSecret', mail.smtpSecret)
    : secretsmanager.Secret.fromSecretNameV2(scope, 'SmtpSecret', mail.smtpSecret);
  return { transport: 'smtp', smtpSecret };
}
