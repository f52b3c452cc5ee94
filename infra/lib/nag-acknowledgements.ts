import { Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { rules } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges, with one reason, every wildcard finding (AwsSolutions-IAM5) in the default policy of a
 * role whose statements aws-cdk-lib writes for us (e.g. a BucketDeployment handler), listing the
 * findings with cdk-nag's own rule so that each one stays visible in the validation report.
 * Call it once the owning construct is complete.
 */
export const acknowledgeLibraryWildcards = (role: iam.IRole, reason: string): void => {
  const policy = role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
  if (!policy) return;
  const findings = rules.iam.IAMNoWildcardPermissions(policy as iam.CfnPolicy);
  if (!Array.isArray(findings)) return;
  for (const finding of findings) {
    Validations.of(policy).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
};

/**
 * Acknowledges the findings on a Lambda function that aws-cdk-lib owns and configures itself (runtime,
 * managed execution policy), which this code cannot change.
 */
export const acknowledgeLibraryFunction = (fn: IConstruct, purpose: string): void => {
  Validations.of(fn).acknowledge(
    {
      id: 'AwsSolutions-L1',
      reason: `${purpose}: its runtime is chosen and upgraded by aws-cdk-lib, not by this code.`,
    },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${purpose}: aws-cdk-lib gives it the basic execution policy (its own CloudWatch logs only).`,
    },
  );
};
