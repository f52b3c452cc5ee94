import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/marketplace-app.ts';

describe('spreadsheet import jobs', () => {
  // Prepare
  const { api } = createTestApp();
  const template = Template.fromStack(api);
  const spreadsheets = api.functions.spreadsheets;
  const logicalId = Stack.of(spreadsheets).getLogicalId(spreadsheets.function.node.defaultChild as never);
  const role = Stack.of(spreadsheets).getLogicalId(spreadsheets.role.node.defaultChild as never);

  it('gives the spreadsheets function a timeout well past the gateway’s 30 s, so a job runs to its end', () => {
    // Assess
    const fn = template.findResources('AWS::Lambda::Function')[logicalId];
    expect(fn?.Properties.Timeout).toBe(900);
    expect(fn?.Properties.Environment.Variables).toMatchObject({
      SNAPSHOT_BUCKET: { Ref: expect.any(String) },
    });
  });

  it('lets it invoke itself asynchronously, once per job (no retries), and keep rows and reports under imports/ only', () => {
    // Assess
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: role }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'lambda:InvokeFunction',
            Resource: { 'Fn::GetAtt': [logicalId, 'Arn'] },
          }),
          Match.objectLike({
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: { 'Fn::Join': ['', Match.arrayWith(['/imports/*'])] },
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId },
      MaximumRetryAttempts: 0,
    });
  });
});
