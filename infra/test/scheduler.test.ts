import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { NodeFunction } from '../lib/constructs/node-function.ts';
import { createTestApp } from './helpers/marketplace-app.ts';
import { allowedActions, SCOPED_SEND_EMAIL, sesStatements } from './helpers/policy-actions.ts';

const logicalId = (fn: NodeFunction) => Stack.of(fn).getLogicalId(fn.function.node.defaultChild as never);
const variablesOf = (template: Template, fn: NodeFunction) =>
  template.findResources('AWS::Lambda::Function')[logicalId(fn)]?.Properties.Environment.Variables;

describe('scheduler function', () => {
  // Prepare
  const { api } = createTestApp();
  const template = Template.fromStack(api);
  const scheduler = api.functions.scheduler;

  it('is told the sender and the web address of filing reminders, as the matcher is', () => {
    // Act
    const variables = variablesOf(template, scheduler);
    // Assess
    expect(variables).toMatchObject({
      MAIL_FROM: '专利开放许可平台 <noreply@openlicense.example.cn>',
      APP_URL: 'https://openlicense.example.cn',
      TABLE_NAME: expect.anything(),
      SNAPSHOT_BUCKET: { Ref: expect.any(String) },
    });
    expect(variables.MAIL_FROM).toBe(variablesOf(template, api.functions.matcher).MAIL_FROM);
    expect(variables.APP_URL).toBe(variablesOf(template, api.functions.matcher).APP_URL);
  });

  it('may email filing reminders only from the configured sender, through its domain’s SES identity', () => {
    // Act
    const statements = sesStatements(template, scheduler);
    // Assess
    expect(statements).toEqual([SCOPED_SEND_EMAIL]);
    expect(statements).toEqual(sesStatements(template, api.functions.matcher));
    expect(allowedActions(template, scheduler).filter((a) => a.startsWith('ses:'))).toEqual([
      'ses:SendEmail',
    ]);
  });

  it('takes the sender and the web address from the app’s settings', () => {
    // Prepare
    const { api: configured } = createTestApp({
      mailFrom: 'Market <noreply@mail.example.org>',
      appUrl: 'https://market.example.org',
    });
    const configuredTemplate = Template.fromStack(configured);
    // Act
    const fn = configured.functions.scheduler;
    // Assess
    expect(variablesOf(configuredTemplate, fn)).toMatchObject({
      MAIL_FROM: 'Market <noreply@mail.example.org>',
      APP_URL: 'https://market.example.org',
    });
    expect(sesStatements(configuredTemplate, fn)).toEqual([
      expect.objectContaining({
        Action: 'ses:SendEmail',
        Condition: { StringEquals: { 'ses:FromAddress': 'noreply@mail.example.org' } },
        Resource: { 'Fn::Join': ['', expect.arrayContaining([':identity/mail.example.org'])] },
      }),
    ]);
  });
});
