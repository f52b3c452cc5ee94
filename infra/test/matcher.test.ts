import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { NodeFunction } from '../lib/constructs/node-function.ts';
import { API_FUNCTIONS } from '../lib/paths.ts';
import { createTestApp } from './helpers/marketplace-app.ts';
import { allowedActions, SCOPED_SEND_EMAIL, sesStatements } from './helpers/policy-actions.ts';

const logicalId = (fn: NodeFunction) => Stack.of(fn).getLogicalId(fn.function.node.defaultChild as never);

describe('matcher function', () => {
  // Prepare
  const { api } = createTestApp();
  const template = Template.fromStack(api);
  const matcher = api.functions.matcher;
  const variables = () =>
    template.findResources('AWS::Lambda::Function')[logicalId(matcher)]?.Properties.Environment.Variables;

  it('is told the dedupe window, the sender, the web address and the snapshot bucket', () => {
    // Assess
    expect(variables()).toMatchObject({
      PUSH_DEDUPE_DAYS: '180',
      MAIL_FROM: '专利开放许可平台 <noreply@openlicense.example.cn>',
      APP_URL: 'https://openlicense.example.cn',
      SNAPSHOT_BUCKET: { Ref: expect.any(String) },
    });
  });

  it('has the time of a full run', () => {
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('nightly full run'),
      Timeout: 900,
      MemorySize: 1769,
    });
  });

  it('runs the full re-match nightly at 01:00 Beijing time, failures parked with the stream’s', () => {
    // Assess
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 17 * * ? *)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(matcher), 'Arn'] } })],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(matcher) },
      MaximumRetryAttempts: 2,
    });
  });

  it('may send email only from the configured sender, through its domain’s SES identity', () => {
    // Act
    const statements = sesStatements(template, matcher);

    // Assess
    expect(statements).toEqual([SCOPED_SEND_EMAIL]);
    expect(allowedActions(template, matcher)).toContain('ses:SendEmail');
    // Only the matcher (push emails) and the scheduler (filing reminders) send email.
    for (const name of [...API_FUNCTIONS, 'spreadsheets', 'spreadsheet-reports'] as const)
      expect(allowedActions(template, api.functions[name]).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  it('takes the sender, the web address and the window from the app’s settings', () => {
    // Prepare
    const { api: configured } = createTestApp({
      mailFrom: 'noreply@mail.example.org',
      appUrl: 'https://market.example.org',
      pushDedupeDays: 90,
    });
    // Act
    const fn = configured.functions.matcher;
    const env =
      Template.fromStack(configured).findResources('AWS::Lambda::Function')[logicalId(fn)]?.Properties
        .Environment.Variables;
    // Assess
    expect(env).toMatchObject({
      PUSH_DEDUPE_DAYS: '90',
      MAIL_FROM: 'noreply@mail.example.org',
      APP_URL: 'https://market.example.org',
    });
  });
});
