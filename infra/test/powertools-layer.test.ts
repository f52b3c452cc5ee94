import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
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
    expect(functions).toHaveLength(7);
    for (const fn of functions) expect(fn.Properties.Layers).toEqual([{ Ref: layerId }]);
  });

  it('holds Logger, Metrics and their dependencies, which load as ES modules from the layer alone', () => {
    // Prepare
    const packages = layerPackages();
    const dir = writeLayerDirectory(mkdtempSync(join(tmpdir(), 'layer-test-')), packages);
    // Beside nodejs/node_modules, as the Lambda runtime resolves it (its NODE_PATH), with no other node_modules above.
    writeFileSync(
      join(dir, 'nodejs', 'check.mjs'),
      "import { Logger } from '@aws-lambda-powertools/logger';\n" +
        "import { Metrics } from '@aws-lambda-powertools/metrics';\n" +
        "new Logger({ serviceName: 'check' }); new Metrics({ namespace: 'Check' });\n" +
        "console.log('loaded');\n",
    );

    // Act
    const run = spawnSync(process.execPath, [join(dir, 'nodejs', 'check.mjs')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });

    // Assess
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining([...LAYER_ROOT_PACKAGES, '@aws-lambda-powertools/commons']),
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('loaded');
    // Nothing but what Node loads: no type declarations or source maps.
    expect(filesUnder(dir).filter((f) => /\.(d\.ts|map)$/.test(f.path))).toEqual([]);
  });
});
