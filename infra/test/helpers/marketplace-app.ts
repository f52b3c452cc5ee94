import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import {
  createMarketplaceStacks,
  type MarketplaceStacks,
  type MarketplaceStacksProps,
} from '../../lib/marketplace-stacks.ts';

/** The feature flags and context from the repository's cdk.json, so tests synthesize what `cdk` does. */
export const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')).context;

export interface TestAppOptions {
  /** Register the AwsSolutions pack: synthesis then throws on any unacknowledged finding. */
  nag?: boolean;
  /** Bundle `functions/<name>/index.ts` with esbuild (slow; needs the entry files). */
  bundle?: boolean;
  webAssetsPath?: string;
  alarmEmail?: string;
  mailFrom?: string;
  appUrl?: string;
  pushDedupeDays?: number;
  /** Passed through to createMarketplaceStacks as `bin/app.ts` passes the contexts. */
  stacks?: Pick<
    MarketplaceStacksProps,
    'production' | 'webAclArn' | 'wafRateLimit' | 'domain' | 'mail' | 'reservedConcurrency'
  >;
}

export interface TestApp extends MarketplaceStacks {
  app: App;
}

const shared = new Map<string, TestApp>();

/**
 * The three stacks wired as in `bin/app.ts`; functions get a one-line inline handler unless `bundle`.
 * Apps without nag or bundling are built once per set of options and shared by the test files of a
 * worker (the infra project does not isolate files): tests only read their templates.
 */
export const createTestApp = (options: TestAppOptions = {}): TestApp => {
  if (options.nag || options.bundle) return buildTestApp(options);
  const key = JSON.stringify(options);
  const app = shared.get(key) ?? buildTestApp(options);
  shared.set(key, app);
  return app;
};

const buildTestApp = (options: TestAppOptions): TestApp => {
  const app = new App({ context: cdkJsonContext() });
  const stacks = createMarketplaceStacks(app, {
    ...options.stacks,
    alarmEmail: options.alarmEmail,
    mailFrom: options.mailFrom,
    appUrl: options.appUrl,
    pushDedupeDays: options.pushDedupeDays,
    webAssetsPath: options.webAssetsPath,
    codeFor: options.bundle
      ? undefined
      : () => lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, ...stacks };
};
