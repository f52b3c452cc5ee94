import type { Environment } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import type { FunctionName } from './paths.ts';
import { WebStack } from './web-stack.ts';

export interface MarketplaceStacksProps {
  env?: Environment;
  alarmEmail?: string;
  /** See {@link ApiStackProps.mailFrom}, {@link ApiStackProps.appUrl}, {@link ApiStackProps.pushDedupeDays}. */
  mailFrom?: string;
  appUrl?: string;
  pushDedupeDays?: number;
  webAssetsPath?: string;
  /** Replaces esbuild bundling (tests); see {@link ApiStackProps.codeFor}. */
  codeFor?: (name: FunctionName) => lambda.Code;
}

export interface MarketplaceStacks {
  data: DataStack;
  api: ApiStack;
  web: WebStack;
}

/**
 * The whole marketplace, wired: one call shared by `bin/app.ts` and the tests so that both
 * synthesize the same thing.
 */
export const createMarketplaceStacks = (
  scope: Construct,
  props: MarketplaceStacksProps = {},
): MarketplaceStacks => {
  const { env } = props;
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
    codeFor: props.codeFor,
  });
  const web = new WebStack(scope, 'OpenLicenseWeb', {
    env,
    description: 'openlicense: web app on S3 + CloudFront, /api proxied to the HTTP API',
    apiDomainName: api.api.domainName,
    webAssetsPath: props.webAssetsPath,
  });
  return { data, api, web };
};
