import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { enforceIndexRollout } from '../lib/gsi-rollout/enforce-index-rollout.ts';
import { createMarketplaceStacks } from '../lib/marketplace-stacks.ts';
import { builtWebAssets } from '../lib/paths.ts';
import { reservedConcurrencyFrom } from '../lib/reserved-concurrency.ts';

const app = new App();

const webAssetsPath = builtWebAssets();
if (!webAssetsPath) {
  console.warn(
    'web/dist not found: the web app will not be uploaded. Run `npm run build:web` before deploying.',
  );
}

const context = (name: string): string | undefined => app.node.tryGetContext(name) || undefined;
const siteDomains = context('siteDomains');
const certificateArn = context('certificateArn');
if (Boolean(siteDomains) !== Boolean(certificateArn))
  throw new Error(
    'siteDomains and certificateArn go together: the host names and their us-east-1 ACM certificate',
  );

const { data } = createMarketplaceStacks(app, {
  // -c env=prod: refuses to synthesise without an alarm destination or a web ACL.
  production: context('env') === 'prod',
  webAclArn: context('webAclArn'),
  wafRateLimit: context('wafRateLimit') ? Number(context('wafRateLimit')) : undefined,
  domain:
    siteDomains && certificateArn
      ? {
          names: String(siteDomains)
            .split(',')
            .map((name) => name.trim()),
          certificateArn,
        }
      : undefined,
  mail: context('mailTransport')
    ? {
        transport: context('mailTransport') as 'ses' | 'smtp' | 'log',
        smtpSecret: context('smtpSecret'),
      }
    : undefined,
  reservedConcurrency: reservedConcurrencyFrom(app.node.tryGetContext('reservedConcurrency')),
  // Without credentials these are undefined and the stacks stay environment-agnostic (no lookups).
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  alarmEmail: app.node.tryGetContext('alarmEmail'),
  mailFrom: app.node.tryGetContext('mailFrom'),
  appUrl: app.node.tryGetContext('appUrl'),
  pushDedupeDays: app.node.tryGetContext('pushDedupeDays')
    ? Number(app.node.tryGetContext('pushDedupeDays'))
    : undefined,
  webAssetsPath,
});

// Synthesis fails on any AwsSolutions finding that is not acknowledged with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

// Synthesis fails, printing the staged plan, when the tables are more than one GSI change per table away
// from the last deploy's record (infra/deployed/table.json): CloudFormation would refuse the update.
enforceIndexRollout(app, data);
