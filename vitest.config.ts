import { defineConfig } from 'vitest/config';

/**
 * Three tiers (see CONTRIBUTING.md): unit tests beside the code with no network; integration
 * tests against one DynamoDB Local started for the run; browser tests in real Chromium.
 */
/** Unit tests that replace a module with `vi.mock`: they run isolated, apart from the shared-graph unit tier. */
const MOCKING_UNIT_TESTS = ['packages/mail/src/adapters.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,functions,web}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', ...MOCKING_UNIT_TESTS],
          // Unit tests keep no state between files, so a worker loads each module once instead of once per
          // file: the tier spent about 100 of its 138 s importing, 35 s testing.
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // vi.mock replaces a module for one file only when files are isolated.
          name: 'unit-isolated',
          include: MOCKING_UNIT_TESTS,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['infra/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          // The CDK tests share one module graph per worker: aws-cdk-lib is imported once, not once per file
          // (that import was most of the tier's time), and the plain synthesised app is built once.
          isolate: false,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{packages,functions}/**/*.int.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          setupFiles: ['test/support/drop-test-tables.ts'],
          // Files share one module graph per worker (the app, the SDK and zod load once, not once per file);
          // each file still makes and drops its own table.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Builds the web app, starts one DynamoDB Local and seeds the demo once for every browser test.
          globalSetup: ['test/support/demo-stack-global-setup.ts'],
          // The local stack's modules load once per worker; each file still starts its own stack and browser.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
