import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Absolute paths into the monorepo, resolved from this file rather than from the working directory,
 * so that `cdk synth` (run at the root) and vitest (run from anywhere) bundle the same files.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The lock file esbuild bundling is keyed on; its folder is the project root for NodejsFunction. */
export const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** The API's functions, one per bounded context (`functions/api/src/api-groups.ts`). */
export const API_FUNCTIONS = [
  'api-catalogue',
  'api-supply',
  'api-demand',
  'api-licensing',
  'api-deals',
  'api-market',
  'api-accounts',
] as const;
export type ApiFunctionName = (typeof API_FUNCTIONS)[number];

/**
 * The deployable Lambda entry points, each exporting `handler`: `functions/<name>/index.ts`, and for the
 * API's groups `functions/api/<group>.ts` (one workspace, one entry per group).
 */
export type FunctionName = ApiFunctionName | 'spreadsheets' | 'spreadsheet-reports' | 'matcher' | 'scheduler';

export const functionEntry = (name: FunctionName): string =>
  fileURLToPath(
    new URL(
      name.startsWith('api-')
        ? `../../functions/api/${name.slice('api-'.length)}.ts`
        : name === 'spreadsheet-reports'
          ? '../../functions/spreadsheets/reports.ts'
          : `../../functions/${name}/index.ts`,
      import.meta.url,
    ),
  );

/** Output of `npm run build:web`; absent until the web app has been built. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The web build folder, or undefined when it has not been built (synth and tests still work). */
export const builtWebAssets = (path: string = WEB_DIST): string | undefined =>
  existsSync(path) ? path : undefined;
