import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { API_FUNCTIONS, functionEntry } from '../lib/paths.ts';
import { LAYER_ROOT_PACKAGES } from '../lib/powertools-layer-contents.ts';
import { createTestApp } from './helpers/marketplace-app.ts';

// The one test that bundles the real entries with esbuild, as `cdk synth` and `cdk deploy` do.
// Needs functions/{spreadsheets,matcher,scheduler}/index.ts, functions/api/<group>.ts and their dependencies.
describe('function bundling', () => {
  it('bundles each functions/<name>/index.ts into a minified ESM index.mjs with a source map', () => {
    // Prepare
    const { app, api } = createTestApp({ bundle: true });

    // Act
    const assembly = app.synth();
    const functions = Template.fromStack(api).findResources('AWS::Lambda::Function');

    // Assess
    expect(Object.keys(functions)).toHaveLength(11);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Handler).toBe('index.handler');
      const assetHash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
      const assetDir = join(assembly.directory, `asset.${assetHash}`);
      const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
      expect(bundle.startsWith("import { createRequire } from 'node:module';")).toBe(true);
      // The runtime's SDK is imported, not bundled.
      expect(bundle).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
      // Powertools comes from the layer every function has: imported where used, never bundled.
      expect(fn.Properties.Layers).toHaveLength(1);
      expect(bundle).not.toContain('No application metrics to publish');
      expect(bundle).toMatch(/from\s*"@aws-lambda-powertools\/logger"/);
      expect(bundle).toMatch(/from\s*"@aws-lambda-powertools\/metrics"/);
      // Only what the layer holds: its packages' roots, no subpath it leaves out.
      const fromLayer = [...bundle.matchAll(/from\s*"(@aws-lambda-powertools\/[^"]+)"/g)].map((m) => m[1]);
      expect(fromLayer.filter((name) => !(LAYER_ROOT_PACKAGES as readonly string[]).includes(name!))).toEqual(
        [],
      );
      expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
      // The domain's zod messages (Chinese first) are set by a module imported for its effect only, which
      // the domain's `sideEffects` list keeps while its unused modules are left out.
      expect(bundle).toContain('"\\u5FC5\\u586B / required"');
      // The laptop's password sign-in is not deployed: no function carries its routes.
      expect(bundle).not.toContain('/auth/local/');
    }
    for (const name of [
      ...API_FUNCTIONS,
      'spreadsheets',
      'spreadsheet-reports',
      'matcher',
      'scheduler',
    ] as const) {
      expect(existsSync(functionEntry(name))).toBe(true);
    }
    // The accounts function serves the whole API's OpenAPI document from a file beside its bundle.
    const accounts = Object.values(functions).find((fn) =>
      String(fn.Properties.Description).includes('docs'),
    );
    const accountsDir = join(
      assembly.directory,
      `asset.${String(accounts?.Properties.Code.S3Key).replace(/\.zip$/, '')}`,
    );
    const document = JSON.parse(readFileSync(join(accountsDir, 'openapi.json'), 'utf8'));
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/listings', '/licenses', '/needs', '/orgs']),
    );
    // A ceiling for a busy 2-core machine (ten esbuild runs and the layer), not a measure of speed.
  }, 300_000);
});
