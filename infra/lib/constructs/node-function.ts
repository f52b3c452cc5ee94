import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, type DynamoEventSourceProps } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import { LOCK_FILE, REPO_ROOT } from '../paths.ts';
import { BUNDLE_EXTERNALS } from '../powertools-layer-contents.ts';
import { PowertoolsLayer } from './powertools-layer.ts';
import { type MarketplaceTableRef, type TableAccess, tableStatements } from './table-access.ts';

/** The address part of `Name <address>` (or the address itself). */
const addressOf = (mailbox: string) => /<([^>]+)>/.exec(mailbox)?.[1] ?? mailbox.trim();

const NO_RESOURCE_LEVEL_PERMISSIONS = 'Resource "*" only for actions without resource-level permissions:';

/** How a function sends email: see {@link NodeFunction.sendEmail}. */
export type FunctionMail =
  | { transport: 'ses' }
  | { transport: 'smtp'; smtpSecret: secretsmanager.ISecret }
  | { transport: 'log' };

export interface NodeFunctionProps {
  /** Absolute path of the TypeScript entry that exports `handler`. */
  entry: string;
  /**
   * Already-built code (handler `index.handler`) instead of bundling `entry` with esbuild.
   * Tests use it to synthesize quickly without the entry files.
   */
  code?: lambda.Code;
  description: string;
  /** Powertools service name, also the log and metric namespace of this function. */
  serviceName: string;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Concurrent executions reserved for (and at most run by) this function; none when undefined. */
  reservedConcurrentExecutions?: number;
  logRetention?: logs.RetentionDays;
  /**
   * Shell commands run after esbuild, given the bundle's output folder, e.g. to write a data file the
   * handler reads beside `index.mjs`. Only when bundling (not with `code`).
   */
  afterBundling?: (outputDir: string) => string[];
}

/**
 * A Node.js 22 / arm64 Lambda function bundled as minified ESM, with its own log group and a role that
 * starts with no permissions: everything it can do is granted through the intention-revealing
 * methods below.
 *
 * @example
 * const api = new NodeFunction(this, 'Api', { entry, description: 'HTTP API', serviceName: 'api' });
 * api.bindTable(table, 'readWrite');
 */
export class NodeFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly role: iam.Role;
  readonly timeout: Duration;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    });

    // An own role instead of AWSLambdaBasicExecutionRole: that managed policy may create any log group
    // and write to all of them, while this function only ever writes to its own.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    this.logGroup.grantWrite(role);
    this.role = role;

    this.timeout = props.timeout ?? Duration.seconds(10);
    this.function = new NodejsFunction(this, 'Function', {
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: this.timeout,
      role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      // Powertools (Logger, Metrics) is imported from this layer, not bundled.
      layers: [PowertoolsLayer.of(this)],
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        // Read by Powertools for AWS Lambda through @openlicense/observability.
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: 'OpenLicense',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      ...(props.code
        ? { code: props.code, handler: 'index.handler' }
        : {
            entry: props.entry,
            handler: 'handler',
            projectRoot: REPO_ROOT,
            depsLockFilePath: LOCK_FILE,
            bundling: {
              format: OutputFormat.ESM,
              target: 'node22',
              minify: true,
              // Output stays ASCII (Chinese as \uXXXX escapes): --charset=utf8 saves 12-22 KB a bundle but
              // makes V8 parse a two-byte source, measured ~10% slower at init for the dealing function.
              sourceMap: true,
              logLevel: LogLevel.WARNING,
              // The runtime ships the v3 SDK and the Powertools layer ships Powertools: bundling either
              // would only add weight to every function.
              externalModules: [...BUNDLE_EXTERNALS],
              mainFields: ['module', 'main'],
              // Some CommonJS dependencies call `require` for Node built-ins, which ESM lacks.
              banner:
                "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
              ...(props.afterBundling
                ? {
                    commandHooks: {
                      beforeBundling: () => [],
                      beforeInstall: () => [],
                      afterBundling: (_inputDir: string, outputDir: string) =>
                        props.afterBundling!(outputDir),
                    },
                  }
                : {}),
            },
          }),
    });

    // Scoped to the role's one policy, whose only Resource "*" statements are these (asserted by the
    // infra tests: wildcardResourceActions); any other wildcard in any other policy is still reported.
    Validations.of(this.defaultPolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `${NO_RESOURCE_LEVEL_PERMISSIONS} xray:PutTraceSegments and xray:PutTelemetryRecords (active tracing).`,
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is pinned on purpose: it is the version the handlers are built (esbuild target node22) and ' +
        'tested for; moving to a newer runtime is a deliberate upgrade, not a side effect of a CDK bump.',
    });
  }

  /**
   * Lets the function read, or read and write, the items of `table` and of its indexes, and tells it
   * the table's name through `TABLE_NAME`. Never table management, never the stream (see
   * {@link consumeTableStream}), and Scan only when asked for: request paths read by key or index.
   */
  bindTable(target: MarketplaceTableRef, access: TableAccess, options: { scan?: boolean } = {}): this {
    for (const statement of tableStatements(target, access, options.scan ?? false)) {
      this.role.addToPrincipalPolicy(statement);
    }
    this.function.addEnvironment('TABLE_NAME', target.table.tableName);
    return this;
  }

  /**
   * Invokes the function with batches from `table`'s stream and lets it read that stream.
   * Partial batch responses are always on: the handler reports the failed items instead of failing
   * (and so replaying) the whole batch.
   */
  consumeTableStream(
    target: MarketplaceTableRef,
    options: Omit<DynamoEventSourceProps, 'reportBatchItemFailures'>,
  ): this {
    this.function.addEventSource(
      new DynamoEventSource(target.table, { ...options, reportBatchItemFailures: true }),
    );
    Validations.of(this.defaultPolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `${NO_RESOURCE_LEVEL_PERMISSIONS} dynamodb:ListStreams (stream consumer) and the X-Ray actions.`,
    });
    return this;
  }

  /** The role's default policy (CDK's `DefaultPolicy`), where every grant to this function lands. */
  get defaultPolicy(): IConstruct {
    const policy = this.role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
    if (!policy) throw new Error(`${this.node.path}: the role has no default policy yet`);
    return policy;
  }

  /**
   * Lets the function send email from `mailFrom`, and tells it the sender (`MAIL_FROM`), the web address its
   * emails link to (`APP_URL`) and the transport (`MAIL_TRANSPORT`):
   * - `ses`: SES v2 `SendEmail` from that address only, through its domain's identity;
   * - `smtp`: read access to the secret holding the SMTP URL (`SMTP_SECRET_ID`), read at run time, never
   *   placed in the environment or the template; TLS required (`SMTP_REQUIRE_TLS`);
   * - `log`: nothing leaves (a stack with no mail service yet).
   */
  sendEmail(mailFrom: string, appUrl: string, mail: FunctionMail = { transport: 'ses' }): this {
    this.function
      .addEnvironment('MAIL_FROM', mailFrom)
      .addEnvironment('APP_URL', appUrl)
      .addEnvironment('MAIL_TRANSPORT', mail.transport);
    if (mail.transport === 'smtp') {
      mail.smtpSecret.grantRead(this.role);
      this.function
        .addEnvironment('SMTP_SECRET_ID', mail.smtpSecret.secretArn)
        .addEnvironment('SMTP_REQUIRE_TLS', 'true');
      return this;
    }
    if (mail.transport === 'log') return this;
    const sender = addressOf(mailFrom);
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          Stack.of(this).formatArn({
            service: 'ses',
            resource: 'identity',
            resourceName: sender.split('@')[1] ?? sender,
          }),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': sender } },
      }),
    );
    return this;
  }

  /**
   * Invokes the function on `schedule` through EventBridge. A failed run is retried twice, then its
   * event is parked in `failures`. Call at most once per function (one async-invoke configuration).
   */
  runOnSchedule(id: string, schedule: events.Schedule, description: string, failures: sqs.IQueue): this {
    this.function.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(failures) });
    new events.Rule(this, id, { description, schedule, targets: [new LambdaFunction(this.function)] });
    return this;
  }
}
