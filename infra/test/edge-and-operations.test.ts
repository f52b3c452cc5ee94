import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../packages/http/src/origin-verify-header.ts';
import { DEFAULT_WAF_RATE_LIMIT } from '../lib/edge-protection-stack.ts';
import { DEFAULT_RESERVED_CONCURRENCY, reservedConcurrencyFrom } from '../lib/reserved-concurrency.ts';
import { createTestApp } from './helpers/marketplace-app.ts';

const WEB_ACL_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/openlicense-site/0b1c2d3e';
const CERTIFICATE_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/4f5e6d7c';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** Every acknowledgement recorded under `scope`: the construct path, the rule id and the reason. */
const acknowledgementsUnder = (scope: IConstruct): { path: string; id: string; reason: string }[] =>
  scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([key, reason]) => ({
          path: construct.node.path,
          id: key.replace(/^Annotation::/, ''),
          reason,
        })),
      ),
  );

describe('the edge: WAF in front of CloudFront', () => {
  const { edge, web } = createTestApp({ alarmEmail: 'ops@example.cn', stacks: { webAclArn: WEB_ACL_ARN } });
  const waf = Template.fromStack(edge);

  it('defines the web ACL in us-east-1 with scope CLOUDFRONT, the only place CloudFront takes one from', () => {
    // Assess
    expect(edge.region).toBe('us-east-1');
    waf.resourceCountIs('AWS::WAFv2::WebACL', 1);
    waf.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    waf.hasOutput('WebAclArn', {});
  });

  it('runs the AWS managed common, known-bad-inputs and IP-reputation rule groups, then a rate limit per client IP', () => {
    // Act
    const [acl] = Object.values(waf.findResources('AWS::WAFv2::WebACL'));
    const rules = acl!.Properties.Rules as {
      Name: string;
      Priority: number;
      Action?: unknown;
      Statement: Record<string, Record<string, unknown>>;
    }[];

    // Assess
    expect(rules.map((rule) => [rule.Priority, rule.Name])).toEqual([
      [0, 'AWSManagedRulesCommonRuleSet'],
      [1, 'AWSManagedRulesKnownBadInputsRuleSet'],
      [2, 'AWSManagedRulesAmazonIpReputationList'],
      [3, 'RateLimitPerClientIp'],
    ]);
    for (const rule of rules.slice(0, 3))
      expect(rule.Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: rule.Name });
    expect(rules[3]).toMatchObject({
      Action: { Block: {} },
      Statement: {
        RateBasedStatement: {
          AggregateKeyType: 'IP',
          Limit: DEFAULT_WAF_RATE_LIMIT,
          EvaluationWindowSec: 300,
        },
      },
    });
    // XLSX imports are larger than the common rule set's 8 KB body limit: counted, not blocked.
    expect(rules[0]!.Statement.ManagedRuleGroupStatement!.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });

  it('takes its rate limit from the configuration and refuses a nonsensical one', () => {
    // Act
    const { edge: limited } = createTestApp({ stacks: { wafRateLimit: 500 } });

    // Assess
    Template.fromStack(limited).hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 500 }) } }),
      ]),
    });
    expect(() => createTestApp({ stacks: { wafRateLimit: 1.5 } })).toThrow(/wafRateLimit/);
  });

  it('attaches the given web ACL to the distribution, and then acknowledges no missing WAF (CFR2)', () => {
    // Assess
    Template.fromStack(web).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: WEB_ACL_ARN }),
    });
    const ids = acknowledgementsUnder(web).map((ack) => ack.id);
    expect(ids).not.toContain('AwsSolutions-CFR2');
    expect(ids).toContain('AwsSolutions-CFR4');
  });

  it('with a custom domain requires TLS 1.2 from viewers and acknowledges no default certificate (CFR4)', () => {
    // Act
    const { web: withDomain } = createTestApp({
      stacks: {
        webAclArn: WEB_ACL_ARN,
        domain: { names: ['openlicense.example.cn'], certificateArn: CERTIFICATE_ARN },
      },
    });

    // Assess
    Template.fromStack(withDomain).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['openlicense.example.cn'],
        ViewerCertificate: Match.objectLike({
          AcmCertificateArn: CERTIFICATE_ARN,
          MinimumProtocolVersion: 'TLSv1.2_2021',
        }),
      }),
    });
    const ids = acknowledgementsUnder(withDomain).map((ack) => ack.id);
    expect(ids).not.toContain('AwsSolutions-CFR4');
    expect(ids).not.toContain('AwsSolutions-CFR2');
  });
});

describe('the API only through CloudFront (secret origin header)', () => {
  const { api, web } = createTestApp({ alarmEmail: 'ops@example.cn' });
  const apiTemplate = Template.fromStack(api);
  const webTemplate = Template.fromStack(web);
  const originSecretId = Stack.of(api).getLogicalId(api.originSecret.node.defaultChild as CfnElement);

  it('has CloudFront send the generated secret in x-origin-verify to the API origin only', () => {
    // Act
    const [distribution] = Object.values(webTemplate.findResources('AWS::CloudFront::Distribution'));
    const origins = distribution!.Properties.DistributionConfig.Origins as {
      CustomOriginConfig?: unknown;
      OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
    }[];
    const apiOrigin = origins.find((origin) => origin.CustomOriginConfig);
    const bucketOrigin = origins.find((origin) => !origin.CustomOriginConfig);

    // Assess
    apiTemplate.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    expect(apiOrigin?.OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: expect.anything() },
    ]);
    // A dynamic reference resolved by CloudFormation: the value itself is in no template.
    const value = JSON.stringify(apiOrigin?.OriginCustomHeaders?.[0]?.HeaderValue);
    expect(value).toContain('{{resolve:secretsmanager:');
    expect(value).toContain(originSecretId);
    expect(bucketOrigin?.OriginCustomHeaders).toBeUndefined();
  });

  it('tells each API function (and only those) the same secret, so the edge can refuse direct calls', () => {
    // Act
    const functions = Object.values(apiTemplate.findResources('AWS::Lambda::Function'));
    const withOrigin = functions.filter((fn) => fn.Properties.Environment?.Variables?.ORIGIN_VERIFY_SECRET);

    // Assess
    expect(withOrigin).toHaveLength(9);
    for (const fn of withOrigin) {
      const value = JSON.stringify(fn.Properties.Environment.Variables.ORIGIN_VERIFY_SECRET);
      expect(value).toContain('{{resolve:secretsmanager:');
      expect(value).toContain(originSecretId);
    }
    expect(withOrigin.map((fn) => fn.Properties.Description)).not.toContain(
      expect.stringContaining('Nightly jobs'),
    );
  });
});

describe('alarms and reserved concurrency', () => {
  const { api } = createTestApp({ alarmEmail: 'ops@example.cn' });
  const template = Template.fromStack(api);
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
  const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));

  it('alarms when an invocation reaches 80% of its function’s timeout, per function', () => {
    // Act
    const duration = alarms.filter((alarm) => alarm.Properties.MetricName === 'Duration');

    // Assess
    expect(duration).toHaveLength(11);
    for (const fn of Object.values(api.functions)) {
      const fnId = Stack.of(fn).getLogicalId(fn.function.node.defaultChild as CfnElement);
      const alarm = duration.find((a) => JSON.stringify(a.Properties.Dimensions).includes(`"${fnId}"`));
      expect(alarm?.Properties).toMatchObject({
        Statistic: 'Maximum',
        Threshold: fn.timeout.toMilliseconds() * 0.8,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('alarms when the matcher falls 10 minutes behind the table stream (iterator age)', () => {
    // Act
    const iteratorAge = alarms.filter((alarm) => alarm.Properties.MetricName === 'IteratorAge');
    const matcherId = Stack.of(api).getLogicalId(
      api.functions.matcher.function.node.defaultChild as CfnElement,
    );

    // Assess
    expect(iteratorAge).toHaveLength(1);
    expect(iteratorAge[0]?.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      Statistic: 'Maximum',
      Threshold: 600_000,
      EvaluationPeriods: 2,
    });
    expect(JSON.stringify(iteratorAge[0]?.Properties.Dimensions)).toContain(matcherId);
  });

  it('routes every alarm (errors, throttles, duration, iterator age…) to the subscribed topic', () => {
    // Assess
    expect(alarms.filter((a) => a.Properties.MetricName === 'Errors')).toHaveLength(11);
    expect(alarms.filter((a) => a.Properties.MetricName === 'Throttles')).toHaveLength(11);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.cn',
    });
  });

  it('reserves concurrency for every function, as configured', () => {
    // Assess
    for (const [name, fn] of Object.entries(api.functions)) {
      const fnId = Stack.of(fn).getLogicalId(fn.function.node.defaultChild as CfnElement);
      expect(
        template.findResources('AWS::Lambda::Function')[fnId]?.Properties.ReservedConcurrentExecutions,
      ).toBe(DEFAULT_RESERVED_CONCURRENCY[name as keyof typeof DEFAULT_RESERVED_CONCURRENCY]);
    }
  });

  it('reads reserved concurrency overrides from the context, or none with "off", and refuses unknown names', () => {
    // Act
    const overridden = reservedConcurrencyFrom('{"api-catalogue":80}');
    const { api: unreserved } = createTestApp({ stacks: { reservedConcurrency: undefined } });

    // Assess
    expect(overridden).toEqual({ ...DEFAULT_RESERVED_CONCURRENCY, 'api-catalogue': 80 });
    expect(reservedConcurrencyFrom(undefined)).toBe(DEFAULT_RESERVED_CONCURRENCY);
    expect(reservedConcurrencyFrom('off')).toBeUndefined();
    for (const fn of Object.values(Template.fromStack(unreserved).findResources('AWS::Lambda::Function')))
      expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
    expect(() => reservedConcurrencyFrom('{"api":5}')).toThrow(/no function "api"/);
    expect(() => reservedConcurrencyFrom('{"matcher":0}')).toThrow(/reservedConcurrency.matcher/);
  });
});

describe('a production synth (env=prod)', () => {
  it('fails without an alarm destination, naming alarmEmail', () => {
    // Act / Assess
    expect(() => createTestApp({ stacks: { production: true, webAclArn: WEB_ACL_ARN } })).toThrow(
      /production synth \(env=prod\) needs:\n- alarmEmail: alarms would notify a topic nobody is subscribed to/,
    );
  });

  it('fails without a web ACL, naming webAclArn and the stack that makes one', () => {
    // Act / Assess
    expect(() => createTestApp({ alarmEmail: 'ops@example.cn', stacks: { production: true } })).toThrow(
      /webAclArn: CloudFront would serve without a WAF\. Deploy the OpenLicenseEdge stack \(us-east-1\)/,
    );
  });

  it('synthesises with both', () => {
    // Act
    const { app } = createTestApp({
      alarmEmail: 'ops@example.cn',
      stacks: { production: true, webAclArn: WEB_ACL_ARN },
    });

    // Assess
    expect(app.synth().stacks).toHaveLength(4);
  });
});

describe('cdk-nag acknowledgements are true of what they cover', () => {
  const { api, app } = createTestApp({ alarmEmail: 'ops@example.cn' });
  const template = Template.fromStack(api);
  const acks = acknowledgementsUnder(app);

  it('acknowledges IAM5 Resource::* only on function policies whose Resource "*" statements are X-Ray or ListStreams', () => {
    // Prepare
    const allowed = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'dynamodb:ListStreams'];

    // Act
    const wildcardAcks = acks.filter((ack) => ack.id === 'AwsSolutions-IAM5[Resource::*]');

    // Assess
    expect(wildcardAcks.map((ack) => ack.path).sort()).toEqual(
      Object.values(api.functions)
        .flatMap((fn) => [
          fn.defaultPolicy.node.path,
          ...(fn === api.functions.matcher ? [fn.defaultPolicy.node.path] : []),
        ])
        .sort(),
    );
    for (const fn of Object.values(api.functions)) {
      const policyId = Stack.of(fn).getLogicalId(fn.defaultPolicy as CfnElement);
      const statements = template.findResources('AWS::IAM::Policy')[policyId]?.Properties.PolicyDocument
        .Statement as Statement[];
      const wildcardActions = statements
        .filter((statement) => statement.Resource === '*')
        .flatMap((statement) => [statement.Action].flat());
      expect(wildcardActions.length).toBeGreaterThan(0);
      expect(wildcardActions.filter((action) => !allowed.includes(action))).toEqual([]);
    }
  });

  it('claims nothing is "attached per environment"', () => {
    // Assess
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) expect(ack.reason).not.toContain('attached per environment');
  });
});

describe('mail from the deployed functions', () => {
  const senders = (template: Template) =>
    Object.values(template.findResources('AWS::Lambda::Function')).filter(
      (fn) => fn.Properties.Environment?.Variables?.MAIL_FROM,
    );

  it('sends through SES by default', () => {
    // Act
    const { api } = createTestApp({ alarmEmail: 'ops@example.cn' });

    // Assess
    const mailing = senders(Template.fromStack(api));
    expect(mailing).toHaveLength(2);
    for (const fn of mailing) expect(fn.Properties.Environment.Variables.MAIL_TRANSPORT).toBe('ses');
  });

  it('with smtp: names the secret holding the SMTP URL and lets only the senders read it, no SES and no URL in the template', () => {
    // Act
    const { api } = createTestApp({
      stacks: { mail: { transport: 'smtp', smtpSecret: 'openlicense/smtp' } },
    });
    const template = Template.fromStack(api);
    const mailing = senders(template);

    // Assess
    expect(mailing).toHaveLength(2);
    for (const fn of mailing) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        MAIL_TRANSPORT: 'smtp',
        SMTP_REQUIRE_TLS: 'true',
        SMTP_SECRET_ID: expect.anything(),
      });
      expect(JSON.stringify(fn.Properties.Environment.Variables.SMTP_SECRET_ID)).toContain(
        ':secret:openlicense/smtp',
      );
      expect(fn.Properties.Environment.Variables.SMTP_URL).toBeUndefined();
    }
    const readers = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties.PolicyDocument).includes('secretsmanager:GetSecretValue'),
    );
    expect(readers).toHaveLength(2);
    for (const policy of readers)
      expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain(':secret:openlicense/smtp-??????');
    expect(JSON.stringify(template.toJSON())).not.toContain('ses:SendEmail');
    expect(JSON.stringify(template.toJSON())).not.toMatch(/smtps?:\/\//);
  });

  it('refuses smtp without a secret, naming the context to set', () => {
    // Act / Assess
    expect(() => createTestApp({ stacks: { mail: { transport: 'smtp' } } })).toThrow(
      /mailTransport=smtp needs -c smtpSecret=/,
    );
  });
});
