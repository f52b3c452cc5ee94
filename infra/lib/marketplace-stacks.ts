import type { Environment } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { ApiStack, type ApiStackProps } from './api-stack.ts';
import type { SiteDomain } from './constructs/static-site.ts';
import { DataStack } from './data-stack.ts';
import { CLOUDFRONT_WAF_REGION, EdgeProtectionStack } from './edge-protection-stack.ts';
import type { FunctionName } from './paths.ts';
import { DEFAULT_RESERVED_CONCURRENCY } from './reserved-concurrency.ts';
import { WebStack } from './web-stack.ts';

export interface MarketplaceStacksProps {
  env?: Environment;
  alarmEmail?: string;
  /** See {@link ApiStackProps.mailFrom}, {@link ApiStackProps.appUrl}, {@link ApiStackProps.pushDedupeDays}. */
  mailFrom?: string;
  appUrl?: string;
  pushDedupeDays?: number;
  webAssetsPath?: string;
  /**
   * A production synth (context `env=prod`): refuses to synthesise without an alarm destination
   * (`alarmEmail`) or a web ACL in front of CloudFront (`webAclArn`).
   */
  production?: boolean;
  /** The CLOUDFRONT web ACL (output `WebAclArn` of the OpenLicenseEdge stack, us-east-1; context `webAclArn`). */
  webAclArn?: string;
  /** Requests per client IP per 5 minutes the web ACL allows (context `wafRateLimit`). */
  wafRateLimit?: number;
  /** Custom host names and their us-east-1 ACM certificate (contexts `siteDomains`, `certificateArn`). */
  domain?: SiteDomain;
  /** See {@link ApiStackProps.mail} (contexts `mailTransport`, `smtpSecret`). */
  mail?: ApiStackProps['mail'];
  /** Reserved concurrency per function; undefined: none (context `reservedConcurrency=off`). */
  reservedConcurrency?: Readonly<Record<FunctionName, number>>;
  /** Replaces esbuild bundling (tests); see {@link ApiStackProps.codeFor}. */
  codeFor?: (name: FunctionName) => lambda.Code;
}

export interface MarketplaceStacks {
  data: DataStack;
  api: ApiStack;
  web: WebStack;
  /** The web ACL, in us-east-1 whatever the other stacks' region. */
  edge: EdgeProtectionStack;
}

/** Why a production synth stops, each naming the context to set; empty when it may go on. */
export const productionGaps = (props: MarketplaceStacksProps): string[] => [
  ...(props.alarmEmail
    ? []
    : [
        'alarmEmail: alarms would notify a topic nobody is subscribed to. Set -c alarmEmail=ops@example.cn ' +
          '(confirm the subscription email SNS sends).',
      ]),
  ...(props.webAclArn
    ? []
    : [
        `webAclArn: CloudFront would serve without a WAF. Deploy the OpenLicenseEdge stack (${CLOUDFRONT_WAF_REGION}) ` +
          'first and pass its WebAclArn output: -c webAclArn=arn:aws:wafv2:us-east-1:…:global/webacl/…',
      ]),
];

/**
 * The whole marketplace, wired: one call shared by `bin/app.ts` and the tests so that both
 * synthesize the same thing.
 */
export const createMarketplaceStacks = (
  scope: Construct,
  props: MarketplaceStacksProps = {},
): MarketplaceStacks => {
  const { env } = props;
  if (props.production) {
    const gaps = productionGaps(props);
    if (gaps.length > 0) throw new Error(`A production synth (env=prod) needs:\n- ${gaps.join('\n- ')}`);
  }
  // CloudFront only takes web ACLs of scope CLOUDFRONT, which exist only in us-east-1.
  const edge = new EdgeProtectionStack(scope, 'OpenLicenseEdge', {
    env: { account: env?.account, region: CLOUDFRONT_WAF_REGION },
    description: 'openlicense: WAF web ACL in front of CloudFront (us-east-1, scope CLOUDFRONT)',
    rateLimitPer5Minutes: props.wafRateLimit,
  });
  const data = new DataStack(scope, 'OpenLicenseData', {
    env,
    description: 'openlicense: tables (stateful, retained)',
  });
  const api = new ApiStack(scope, 'OpenLicenseApi', {
    env,
    description: 'openlicense: identity, HTTP API, functions, schedules, alarms',
    table: data.mainTable,
    alarmEmail: props.alarmEmail,
    mailFrom: props.mailFrom,
    appUrl: props.appUrl,
    pushDedupeDays: props.pushDedupeDays,
    mail: props.mail,
    reservedConcurrency:
      'reservedConcurrency' in props ? props.reservedConcurrency : DEFAULT_RESERVED_CONCURRENCY,
    codeFor: props.codeFor,
  });
  const web = new WebStack(scope, 'OpenLicenseWeb', {
    env,
    description: 'openlicense: web app on S3 + CloudFront, /api proxied to the HTTP API',
    apiDomainName: api.api.domainName,
    webAssetsPath: props.webAssetsPath,
    originSecret: api.originSecret.secretValue.unsafeUnwrap(),
    webAclArn: props.webAclArn,
    domain: props.domain,
  });
  return { data, api, web, edge };
};
