import { memorySnapshotStore, scheduledJobs } from '@openlicense/app';
import { MATCH_ENGINE_VERSION } from '@openlicense/matching';
import type { Store } from '@openlicense/store';
import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { matchFullRun } from '../../functions/matcher/src/jobs/match-full-run.ts';
import { SNAPSHOT_RUN_TYPE } from '../lib/constructs/first-snapshot-runs.ts';
import type { NodeFunction } from '../lib/constructs/node-function.ts';
import { createTestApp } from './helpers/marketplace-app.ts';

const logicalId = (construct: IConstruct) =>
  Stack.of(construct).getLogicalId((construct.node.defaultChild ?? construct) as CfnElement);

/**
 * A first deploy that answers (issue 15 §2): the deploy itself runs the catalogue and matching snapshot jobs
 * once, after everything those runs need exists, through the scheduled functions themselves.
 */
describe('snapshot runs at deploy', () => {
  // Prepare
  const { api, data } = createTestApp();
  const template = Template.fromStack(api);
  const runs = template.findResources(SNAPSHOT_RUN_TYPE);
  const runOf = (fn: NodeFunction) =>
    Object.values(runs).find(
      (run) =>
        JSON.stringify(run.Properties.ServiceToken) ===
        JSON.stringify({ 'Fn::GetAtt': [logicalId(fn.function), 'Arn'] }),
    );
  /** Logical ids of the role policy holding the function's grants, and of its async-invoke configuration. */
  const grantsOf = (fn: NodeFunction) => logicalId(fn.role.node.findChild('DefaultPolicy'));
  const invokeConfigOf = (fn: NodeFunction) =>
    Object.entries(template.findResources('AWS::Lambda::EventInvokeConfig')).find(
      ([, config]) =>
        JSON.stringify(config.Properties.FunctionName) === JSON.stringify({ Ref: logicalId(fn.function) }),
    )?.[0];

  it('asks the scheduler for the catalogue snapshot and the matcher for the engine’s, once each', () => {
    // Assess
    expect(Object.keys(runs)).toHaveLength(2);
    expect(runOf(api.functions.scheduler)?.Properties).toMatchObject({
      Jobs: ['catalogue-snapshot'],
      Produces: 'catalogue/catalogue-v1.bin',
    });
    expect(runOf(api.functions.matcher)?.Properties).toMatchObject({
      Jobs: ['match-full-run'],
      Produces: `matching/match-engine-v${MATCH_ENGINE_VERSION}.bin`,
    });
  });

  it('names jobs the functions really run', () => {
    // Act
    const schedulerJobs = scheduledJobs({} as Store, undefined, { snapshots: memorySnapshotStore() }).map(
      (job) => job.name,
    );
    const matcherJob = matchFullRun(undefined as never, undefined as never, () => new Date()).name;
    // Assess
    expect(schedulerJobs).toContain(runOf(api.functions.scheduler)?.Properties.Jobs[0]);
    expect(matcherJob).toBe(runOf(api.functions.matcher)?.Properties.Jobs[0]);
  });

  it('runs after the function, its grants, its retries and failure queue, and the snapshot bucket', () => {
    // Prepare
    const [bucketId] = Object.keys(template.findResources('AWS::S3::Bucket'));
    for (const fn of [api.functions.scheduler, api.functions.matcher]) {
      // Act
      const dependsOn: string[] = runOf(fn)?.DependsOn ?? [];
      // Assess
      expect(dependsOn).toEqual(
        expect.arrayContaining([
          logicalId(fn.function),
          logicalId(fn.role),
          grantsOf(fn),
          invokeConfigOf(fn),
          bucketId,
        ]),
      );
    }
  });

  it('runs after the table: the stack is deployed after the data stack', () => {
    // Assess
    expect(api.dependencies).toContain(data);
  });

  it('runs functions granted to write exactly the snapshot each run produces, and to read the table', () => {
    // Prepare
    const policies = template.findResources('AWS::IAM::Policy');
    for (const fn of [api.functions.scheduler, api.functions.matcher]) {
      // Act
      const statements: { Action: string | string[]; Resource: unknown }[] =
        policies[grantsOf(fn)]?.Properties.PolicyDocument.Statement ?? [];
      const produces: string = runOf(fn)?.Properties.Produces;
      const puts = statements.filter((s) => [s.Action].flat().includes('s3:PutObject'));
      // Assess
      expect(puts).toHaveLength(1);
      expect(JSON.stringify(puts[0]?.Resource)).toContain(`/${produces}`);
      expect(statements.some((s) => [s.Action].flat().includes('dynamodb:Query'))).toBe(true);
    }
  });

  it('adds no function of its own: the scheduled functions answer CloudFormation themselves', () => {
    // Assess
    expect(Object.keys(template.findResources('AWS::Lambda::Function'))).toHaveLength(11);
  });
});
