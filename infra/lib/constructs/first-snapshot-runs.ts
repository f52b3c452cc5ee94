import { CustomResource } from 'aws-cdk-lib';
import { Construct, type IConstruct } from 'constructs';
import {
  CATALOGUE_SNAPSHOT,
  SNAPSHOT_KEY_PREFIX,
} from '../../../packages/app/src/catalogue/snapshot-names.ts';
import type { NodeFunction } from './node-function.ts';

/** The catalogue snapshot's object key in the snapshot bucket. */
export const CATALOGUE_SNAPSHOT_KEY = `${SNAPSHOT_KEY_PREFIX}${CATALOGUE_SNAPSHOT}`;

/** The custom resource type of one run, as CloudFormation lists it. */
export const SNAPSHOT_RUN_TYPE = 'Custom::SnapshotRun';

/**
 * The snapshot jobs run once as part of a deploy (issue 15 §2), so a fresh stack's first catalogue request
 * loads a snapshot instead of reading every listing, and the matcher's first change loads its engine. Each
 * run is a custom resource whose service token is the scheduled function itself: CloudFormation invokes it
 * (asynchronously: its retries and failure queue are the nightly run's) with the jobs to run, the function
 * answers SUCCESS at once (`withDeployRun`) and runs them; the API serves its `warming` catalogue until the
 * snapshot is there. No extra function. A run is made again only when what it produces changes name (a new
 * snapshot format or matching engine version), never on an ordinary code update: the nightly runs keep the
 * snapshots fresh.
 *
 * Every run waits for `after` (the bucket, the table) and for its whole function: the role and its grants,
 * the log group and the asynchronous-invoke configuration.
 */
export class FirstSnapshotRuns extends Construct {
  constructor(
    scope: Construct,
    id: string,
    private readonly props: { after: IConstruct[] },
  ) {
    super(scope, id);
  }

  /** Runs `jobs` of `fn` (a scheduled handler wrapped in `withDeployRun`) once; `produces` names what they write. */
  run(id: string, fn: NodeFunction, jobs: string[], produces: string): this {
    const run = new CustomResource(this, id, {
      serviceToken: fn.function.functionArn,
      resourceType: SNAPSHOT_RUN_TYPE,
      properties: { Jobs: jobs, Produces: produces },
    });
    run.node.addDependency(fn, ...this.props.after);
    return this;
  }
}
