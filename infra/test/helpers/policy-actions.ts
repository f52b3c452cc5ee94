import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { NodeFunction } from '../../lib/constructs/node-function.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** Every action the function's execution role is allowed, as synthesized. */
export const allowedActions = (template: Template, fn: NodeFunction): string[] => {
  const policy = fn.role.node.findChild('DefaultPolicy').node.defaultChild as CfnElement;
  const logicalId = Stack.of(fn).getLogicalId(policy);
  const statements: Statement[] =
    template.findResources('AWS::IAM::Policy')[logicalId]?.Properties.PolicyDocument.Statement ?? [];
  return statements.flatMap((statement) => [statement.Action].flat());
};
