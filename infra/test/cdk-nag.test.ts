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

  it('finds nothing in a production configuration (WAF, custom domain, SMTP) with no CFR2/CFR4 acknowledged', () => {
    // Prepare
    const { app } = createTestApp({
      nag: true,
      alarmEmail: 'ops@example.cn',
      stacks: {
        production: true,
        webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/openlicense-site/0b1c2d3e',
        domain: {
          names: ['openlicense.example.cn'],
          certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/4f5e6d7c',
        },
        mail: { transport: 'smtp', smtpSecret: 'openlicense/smtp' },
      },
    });

    // Act
    const assembly = app.synth();

    // Assess: the distribution's WAF and TLS findings are met by the code, not acknowledged away.
    const report: ValidationReport = JSON.parse(
      readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
    );
    expect(
      report.pluginReports
        .flatMap((plugin) => plugin.violations)
        .filter((violation) => violation.ruleName.includes('AwsSolutions-')),
    ).toEqual([]);
    const acknowledged = app.node
      .findAll()
      .flatMap((construct) => construct.node.metadata.map((entry) => JSON.stringify(entry.data)));
    expect(acknowledged.filter((entry) => /AwsSolutions-CFR[24]/.test(entry))).toEqual([]);
  }, 180_000);
});
