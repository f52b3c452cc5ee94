import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './paths.ts';

/**
 * The npm packages every function imports at run time from the Powertools layer instead of its bundle:
 * Powertools for AWS Lambda's Logger and Metrics (through `@openlicense/observability`). Their own
 * dependencies come along ({@link layerPackages}).
 */
export const LAYER_ROOT_PACKAGES = [
  '@aws-lambda-powertools/logger',
  '@aws-lambda-powertools/metrics',
] as const;

/**
 * What esbuild leaves out of every function's bundle, because the Lambda runtime (the v3 SDK) or the
 * Powertools layer provides it. Imported at run time through `NODE_PATH` (`/opt/nodejs/node_modules`
 * for a layer), which the Node.js 18+ runtimes search for ES modules too.
 */
export const BUNDLE_EXTERNALS = ['@aws-sdk/*', '@aws-lambda-powertools/*'] as const;

const NODE_MODULES = join(REPO_ROOT, 'node_modules');

interface PackageJson {
  version: string;
  dependencies?: Record<string, string>;
}

const readPackage = (name: string, nodeModules: string): PackageJson => {
  const file = join(nodeModules, name, 'package.json');
  if (!existsSync(file)) {
    throw new Error(`${name} is not installed in ${nodeModules}: run npm install before synthesising`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
};

/**
 * `roots` and everything they depend on (`dependencies`, not peers), as installed (hoisted) in the
 * repository's node_modules: name → version, sorted by name.
 */
export function layerPackages(
  roots: readonly string[] = LAYER_ROOT_PACKAGES,
  nodeModules: string = NODE_MODULES,
): Map<string, string> {
  const found = new Map<string, string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (found.has(name)) continue;
    const pkg = readPackage(name, nodeModules);
    found.set(name, pkg.version);
    queue.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
}

/** Type declarations, source maps and docs: nothing Node loads. */
const SKIPPED = /(\.d\.ts|\.d\.ts\.map|\.d\.mts|\.d\.cts|\.map|\.md)$/;

/**
 * Copies the installed packages into `<dir>/nodejs/node_modules/<name>` (the layout Lambda puts on
 * `NODE_PATH` for a Node.js layer), without type declarations, source maps or docs. Nothing is
 * downloaded: the layer holds exactly what `npm ci` installed from package-lock.json.
 */
export function writeLayerDirectory(
  dir: string,
  packages: ReadonlyMap<string, string> = layerPackages(),
  nodeModules: string = NODE_MODULES,
): string {
  for (const name of packages.keys()) {
    cpSync(join(nodeModules, name), join(dir, 'nodejs', 'node_modules', name), {
      recursive: true,
      dereference: true,
      filter: (source) => !SKIPPED.test(source),
    });
  }
  return dir;
}

let built: string | undefined;

/** The layer's folder for this process, written once into a fresh temporary folder (the asset is hashed by content). */
export function powertoolsLayerDirectory(): string {
  built ??= writeLayerDirectory(mkdtempSync(join(tmpdir(), 'openlicense-powertools-layer-')));
  return built;
}

/** Every file under `dir` with its size, for reporting the layer's weight. */
export function filesUnder(dir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out.push({ path: relative(dir, path), bytes: stat.size });
    }
  };
  walk(dir);
  return out;
}
