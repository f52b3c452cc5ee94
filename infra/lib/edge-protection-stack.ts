import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** Region of every web ACL that protects a CloudFront distribution (scope CLOUDFRONT). */
export const CLOUDFRONT_WAF_REGION = 'us-east-1';

/** Requests one client address may send in any 5 minutes before WAF blocks it (context `wafRateLimit`). */
export const DEFAULT_WAF_RATE_LIMIT = 2000;

export interface EdgeProtectionStackProps extends StackProps {
  /** See {@link DEFAULT_WAF_RATE_LIMIT}. */
  rateLimitPer5Minutes?: number;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

/** An AWS managed rule group, its own rules' actions kept unless overridden to count. */
const managedRuleGroup = (
  name: string,
  priority: number,
  countOnly: readonly string[] = [],
): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: {
    managedRuleGroupStatement: {
      vendorName: 'AWS',
      name,
      ...(countOnly.length > 0
        ? { ruleActionOverrides: countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })) }
        : {}),
    },
  },
  visibilityConfig: visibility(name),
});

/**
 * The web ACL in front of the whole site (web app and `/api`). CloudFront accepts only web ACLs of scope
 * CLOUDFRONT, and those exist only in us-east-1, so this is a stack of its own, always deployed there
 * whatever region the rest of the marketplace runs in; its `WebAclArn` output is handed to the web stack
 * as context `webAclArn` (see README, deploy). Rules, in order:
 *
 * 1. AWS managed common rule set (OWASP-style: bad bots, LFI, XSS, …), except that bodies above 8 KB are
 *    only counted: spreadsheet imports upload whole XLSX files, and the API limits bodies itself (413).
 * 2. AWS managed known bad inputs (Log4j, Java deserialisation, …).
 * 3. AWS managed Amazon IP reputation list (addresses seen in bot and attack traffic).
 * 4. A rate-based rule per client IP: one client that floods the site is blocked on its own instead of
 *    spending the HTTP API's stage-wide throttle (429 for everyone).
 */
export class EdgeProtectionStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeProtectionStackProps = {}) {
    super(scope, id, props);
    const limit = props.rateLimitPer5Minutes ?? DEFAULT_WAF_RATE_LIMIT;
    if (!Number.isInteger(limit) || limit < 10 || limit > 2_000_000_000)
      throw new Error(
        `wafRateLimit must be a whole number of requests per 5 minutes, 10 or more (got ${limit})`,
      );

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: 'openlicense-site',
      description: 'openlicense: managed rule groups and a per-client rate limit in front of CloudFront',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('openlicense-site'),
      rules: [
        managedRuleGroup('AWSManagedRulesCommonRuleSet', 0, ['SizeRestrictions_BODY']),
        managedRuleGroup('AWSManagedRulesKnownBadInputsRuleSet', 1),
        managedRuleGroup('AWSManagedRulesAmazonIpReputationList', 2),
        {
          name: 'RateLimitPerClientIp',
          priority: 3,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300 },
          },
          visibilityConfig: visibility('RateLimitPerClientIp'),
        },
      ],
    });

    new CfnOutput(this, 'WebAclArn', {
      description: 'Pass to the web stack: -c webAclArn=<this>',
      value: this.webAcl.attrArn,
    });
  }
}
