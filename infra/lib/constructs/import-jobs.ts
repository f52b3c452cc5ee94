import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { rules } from 'cdk-nag';
import type { Construct } from 'constructs';
import type { NodeFunction } from './node-function.ts';
import type { SnapshotBucket } from './snapshot-bucket.ts';

/** The object keys of import jobs (an upload's rows, a job's report), as `functions/spreadsheets/index.ts` writes them. */
export const IMPORT_KEY_PREFIX = 'imports/';

/**
 * Spreadsheet imports as asynchronous jobs: the spreadsheets function stores an upload's rows and a job's
 * report under `imports/` of the snapshot bucket, and starts each job by invoking itself asynchronously
 * (no gateway waits for it; it runs within the function's own timeout). These grants are a policy of their
 * own on the function's role: inside the role's default policy the invoke grant would make the function
 * depend on its own ARN. Lambda's asynchronous retries are off: a job runs once (a redelivered job that is
 * no longer queued is left alone anyway), and a failed one is reported to its poller as failed.
 */
export function enableImportJobs(
  scope: Construct,
  spreadsheets: NodeFunction,
  snapshots: SnapshotBucket,
): void {
  const policy = new iam.Policy(scope, 'SpreadsheetsImportJobs', {
    roles: [spreadsheets.role],
    statements: [
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [spreadsheets.function.functionArn],
      }),
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [snapshots.bucket.arnForObjects(`${IMPORT_KEY_PREFIX}*`)],
      }),
      // A missing object answers 404 (NoSuchKey) rather than 403.
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [snapshots.bucket.bucketArn] }),
    ],
  });
  const cfn = policy.node.defaultChild as iam.CfnPolicy;
  const findings = rules.iam.IAMNoWildcardPermissions(cfn);
  for (const finding of Array.isArray(findings) ? findings : [])
    Validations.of(cfn).acknowledge({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason:
        'Each import job has its own objects (imports/<jobId>.rows.json, imports/<jobId>.result.json), named ' +
        'at run time: the grant covers the imports/ prefix of the snapshot bucket only.',
    });
  spreadsheets.function.addEnvironment('SNAPSHOT_BUCKET', snapshots.bucket.bucketName);
  spreadsheets.function.configureAsyncInvoke({ retryAttempts: 0 });
}
