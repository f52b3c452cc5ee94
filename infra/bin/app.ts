import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { enforceIndexRollout } from '../lib/gsi-rollout/enforce-index-rollout.ts';
import { createMarketplaceStacks } from '../lib/marketplace-stacks.ts';
import { builtWebAssets } from '../lib/paths.ts';

const app = new App();

const webAssetsPath = builtWebAssets();
if (!webAssetsPath) {
  console.warn(
    'web/dist not found: the web app will not be uploaded. Run `npm run build:web` before deploying.',
  );
}

const { data } = createMarketplaceStacks(app, {
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
