import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import type { NodeFunction } from '../../lib/constructs/node-function.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** Every statement of the function's execution role, as synthesized. */
const statementsOf = (template: Template, fn: NodeFunction): Statement[] => {
  const policy = fn.role.node.findChild('DefaultPolicy').node.defaultChild as CfnElement;
  const logicalId = Stack.of(fn).getLogicalId(policy);
  return template.findResources('AWS::IAM::Policy')[logicalId]?.Properties.PolicyDocument.Statement ?? [];
};

/** Every action the function's execution role is allowed, as synthesized. */
export const allowedActions = (template: Template, fn: NodeFunction): string[] =>
  statementsOf(template, fn).flatMap((statement) => [statement.Action].flat());

/** The statements of the function's role that allow any SES action. */
export const sesStatements = (template: Template, fn: NodeFunction): Statement[] =>
  statementsOf(template, fn).filter((statement) => JSON.stringify(statement.Action).includes('ses:'));

/** `ses:SendEmail` from the default sender only, through its domain's identity (`DEFAULT_MAIL_FROM`). */
export const SCOPED_SEND_EMAIL = expect.objectContaining({
  Action: 'ses:SendEmail',
  Condition: { StringEquals: { 'ses:FromAddress': 'noreply@openlicense.example.cn' } },
  Resource: { 'Fn::Join': ['', expect.arrayContaining([':identity/openlicense.example.cn'])] },
});
