import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  CATALOGUE_SNAPSHOT,
  SNAPSHOT_KEY_PREFIX,
} from '../../../packages/app/src/catalogue/snapshot-names.ts';
import type { NodeFunction } from './node-function.ts';

/** The catalogue snapshot's object key. */
const CATALOGUE_KEY = `${SNAPSHOT_KEY_PREFIX}${CATALOGUE_SNAPSHOT}`;

/**
 * A private bucket for derived snapshots: the catalogue's (the scheduler writes it nightly, the API loads it
 * on a cold start instead of reading every listing) and the matching engine's (the matcher writes and loads
 * it). Functions are granted one object each, never the whole bucket, and are told the bucket's name
 * through `SNAPSHOT_BUCKET`.
 */
export class SnapshotBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Each night's snapshot replaces the last; an old one is never wanted back.
      versioned: false,
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Holds only derived copies of the public catalogue and of the matching index, rebuilt from the ' +
        'table every night by the scheduler and the matcher; access logs would record nothing worth auditing.',
    });
  }

  /**
   * Lets `fn` read one snapshot (the catalogue's unless `key` names another). Listing the bucket lets S3
   * answer a missing snapshot (before the first nightly run) with 404 rather than 403.
   */
  grantReadTo(fn: NodeFunction, key: string = CATALOGUE_KEY): this {
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects(key)] }),
    );
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    fn.function.addEnvironment('SNAPSHOT_BUCKET', this.bucket.bucketName);
    return this;
  }

  /** Lets `fn` write (replace) one snapshot (the catalogue's unless `key` names another). */
  grantWriteTo(fn: NodeFunction, key: string = CATALOGUE_KEY): this {
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [this.bucket.arnForObjects(key)] }),
    );
    fn.function.addEnvironment('SNAPSHOT_BUCKET', this.bucket.bucketName);
    return this;
  }
}
