import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/marketplace-app.ts';

interface ValidationReport {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string }[] }[];
}

const builtWebApp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'openlicense-web-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  return dir;
};

// cdk-nag 3 is a CDK policy-validation plugin: an unacknowledged finding makes `app.synth()` throw
// with the full report, and whatever is left (e.g. warnings) is written to validation-report.json.
describe('cdk-nag AwsSolutions', () => {
  it.each([
    ['without the web build', undefined],
    ['with the web build (BucketDeployment)', builtWebApp()],
  ])(
    'finds no unacknowledged error or warning in any stack, %s',
    (_case, webAssetsPath) => {
      // Prepare
      const { app } = createTestApp({ nag: true, webAssetsPath });

      // Act
      const assembly = app.synth();

      // Assess
      const report: ValidationReport = JSON.parse(
        readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
      );
      const findings = report.pluginReports
        .flatMap((plugin) => plugin.violations)
        .filter((violation) => violation.ruleName.includes('AwsSolutions-'));
      expect(findings).toEqual([]);
      expect(assembly.stacks.map((stack) => stack.stackName).sort()).toEqual([
        'OpenLicenseApi',
        'OpenLicenseData',
        'OpenLicenseEdge',
        'OpenLicenseWeb',
      ]);
    },
    // The first synth also builds the layer, on a machine others share.
    180_000,
  );
});
