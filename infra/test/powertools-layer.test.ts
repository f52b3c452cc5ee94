import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAYER_PLAIN_PACKAGES } from '../lib/layer-plain-packages.ts';
import {
  filesUnder,
  LAYER_ROOT_PACKAGES,
  layerPackages,
  writeLayerDirectory,
} from '../lib/powertools-layer-contents.ts';
import { createTestApp } from './helpers/marketplace-app.ts';

describe('the Powertools layer', () => {
  // Prepare
  const { api } = createTestApp();
  const template = Template.fromStack(api);

  it('is one Node.js 22 arm64 layer version in the API stack, built from the installed packages', () => {
    // Assess
    template.resourceCountIs('AWS::Lambda::LayerVersion', 1);
    template.hasResourceProperties('AWS::Lambda::LayerVersion', {
      CompatibleRuntimes: ['nodejs22.x'],
      CompatibleArchitectures: ['arm64'],
      Description: Match.stringLikeRegexp('@aws-lambda-powertools/logger@\\d+\\.\\d+\\.\\d+'),
    });
  });

  it('is attached to every function', () => {
    // Prepare
    const [layerId] = Object.keys(template.findResources('AWS::Lambda::LayerVersion'));
    const functions = Object.values(template.findResources('AWS::Lambda::Function'));

    // Assess
    expect(functions).toHaveLength(11);
    for (const fn of functions) expect(fn.Properties.Layers).toEqual([{ Ref: layerId }]);
  });

  it('holds Logger, Metrics and their dependencies as one bundled module that loads from the layer alone', () => {
    // Prepare
    const packages = layerPackages();
    const dir = writeLayerDirectory(mkdtempSync(join(tmpdir(), 'layer-test-')), packages);
    // Beside nodejs/node_modules, as the Lambda runtime resolves it (its NODE_PATH), with no other node_modules above.
    writeFileSync(
      join(dir, 'nodejs', 'check.mjs'),
      "import { Logger } from '@aws-lambda-powertools/logger';\n" +
        "import { Metrics } from '@aws-lambda-powertools/metrics';\n" +
        "new Logger({ serviceName: 'check' }).info('from the layer');\n" +
        "const metrics = new Metrics({ namespace: 'Check', serviceName: 'check' });\n" +
        "metrics.addMetric('Loaded', 'Count', 1); metrics.publishStoredMetrics();\n",
    );

    // Act
    const run = spawnSync(process.execPath, [join(dir, 'nodejs', 'check.mjs')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, AWS_LAMBDA_FUNCTION_NAME: 'check' },
    });

    // Assess
    expect(run.stderr).toBe('');
    const [log, emf] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(log).toMatchObject({ level: 'INFO', message: 'from the layer', service: 'check' });
    expect(emf).toMatchObject({ _aws: { CloudWatchMetrics: [{ Namespace: 'Check' }] }, Loaded: 1 });
    // The packages it holds, as installed; JavaScript in one bundle and a re-export per package.
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining([...LAYER_ROOT_PACKAGES, '@aws-lambda-powertools/commons']),
    );
    const listed = JSON.parse(readFileSync(join(dir, 'nodejs', 'layer-packages.json'), 'utf8'));
    // …and after them the packages carried as installed (nodemailer's SMTP client: layer-plain-packages.test.ts).
    expect(Object.keys(listed)).toEqual([...packages.keys(), ...LAYER_PLAIN_PACKAGES]);
    const code = filesUnder(dir).filter(
      (f) =>
        /\.(m?js|cjs)$/.test(f.path) &&
        !f.path.endsWith('check.mjs') &&
        !LAYER_PLAIN_PACKAGES.some((name) => f.path.startsWith(`nodejs/node_modules/${name}/`)),
    );
    expect(code.map((f) => f.path).sort()).toEqual([
      'nodejs/node_modules/@aws-lambda-powertools/layer-bundle.mjs',
      'nodejs/node_modules/@aws-lambda-powertools/logger/index.mjs',
      'nodejs/node_modules/@aws-lambda-powertools/metrics/index.mjs',
    ]);
  });
});
