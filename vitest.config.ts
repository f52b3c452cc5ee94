import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order the two workers take files in. Vitest runs projects in name order (e2e first); here the infra
 * tests come first (CPU-bound, they need no engine while the DynamoDB Locals start in the background), then
 * the integration files, then the browser tests (by then the demo they restore is seeded, see
 * test/support/demo-stack-global-setup.ts), and the many short unit files last, so both workers finish
 * together. Within a project vitest's own order holds: the longest last time first, or with no record (a
 * fresh clone, CI) the largest file first.
 */
const PROJECT_ORDER = ['infra', 'integration', 'e2e', 'unit', 'unit-isolated'];
/**
 * Files that take far longer than their size says, started before everything else so no worker is left
 * with one of them at the end: `npm start` twice with its own seed (~2 min), the fuzz (~3,600 requests).
 * Not the bulk imports: they run on their worker's engine, faster once other files have warmed it up.
 */
const START_FIRST = ['test/e2e/local-stack.e2e.test.ts', 'test/integration/fuzz.test.ts'];
class TiersInOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const first = START_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      if (first !== -1) return first - START_FIRST.length;
      const index = PROJECT_ORDER.indexOf(file.project.name);
      return index === -1 ? PROJECT_ORDER.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Three tiers (see CONTRIBUTING.md): unit tests beside the code with no network; integration
 * tests against one DynamoDB Local per worker started for the run; browser tests in real Chromium.
 */
/** Unit tests that replace a module with `vi.mock`: they run isolated, apart from the shared-graph unit tier. */
const MOCKING_UNIT_TESTS = ['packages/mail/src/adapters.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    sequence: { sequencer: TiersInOrder },
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
          // The local stack's modules and Chromium load once per worker (test/e2e/browser-session.ts); each
          // file still starts its own stack and opens its own browser contexts.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
