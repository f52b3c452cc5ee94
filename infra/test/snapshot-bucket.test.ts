import { MATCH_ENGINE_VERSION } from '@openlicense/matching';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { FunctionName } from '../lib/paths.ts';
import { createTestApp } from './helpers/marketplace-app.ts';
import { allowedActions } from './helpers/policy-actions.ts';

describe('catalogue snapshot bucket', () => {
  // Prepare
  const { api } = createTestApp();
  const template = Template.fromStack(api);
  const s3Actions = (name: FunctionName) =>
    allowedActions(template, api.functions[name])
      .filter((action) => action.startsWith('s3:'))
      .sort();

  it('is private, encrypted and refuses plain HTTP', () => {
    // Assess
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('lets the API catalogue function read the catalogue and the scheduler write it, the matcher read and write its engine, and no other function touch it', () => {
    // Assess
    expect(s3Actions('api-catalogue')).toEqual(['s3:GetObject', 's3:ListBucket']);
    for (const name of [
      'api-supply',
      'api-demand',
      'api-licensing',
      'api-deals',
      'api-market',
      'api-accounts',
    ] as const)
      expect(s3Actions(name)).toEqual([]);
    expect(s3Actions('scheduler')).toEqual(['s3:PutObject']);
    expect(s3Actions('spreadsheets')).toEqual([]);
    expect(s3Actions('spreadsheet-reports')).toEqual([]);
    expect(s3Actions('matcher')).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject']);
  });

  it('grants one snapshot object each, never a wildcard', () => {
    // Act
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));

    // Assess
    expect(policies).toContain('/catalogue/catalogue-v1.bin');
    expect(policies).toContain(`/matching/match-engine-v${MATCH_ENGINE_VERSION}.bin`);
    expect(policies).not.toMatch(/"s3:[A-Za-z]*\*"/);
  });

  it('tells the API catalogue function, the scheduler and the matcher the bucket name', () => {
    // Assess
    for (const name of ['api-catalogue', 'scheduler', 'matcher'] as const) {
      const fn = api.functions[name].function;
      const logicalId = Stack.of(fn).getLogicalId(fn.node.defaultChild as never);
      const variables =
        template.findResources('AWS::Lambda::Function')[logicalId]?.Properties.Environment.Variables;
      expect(variables).toMatchObject({ SNAPSHOT_BUCKET: { Ref: expect.any(String) } });
    }
  });
});
