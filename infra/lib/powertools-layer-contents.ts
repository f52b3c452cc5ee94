import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { buildSync } from 'esbuild';
import { copyPlainPackages } from './layer-plain-packages.ts';
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
export const BUNDLE_EXTERNALS = [
  '@aws-sdk/*',
  '@aws-lambda-powertools/*',
  // nodemailer's SMTP client, imported lazily by @openlicense/mail, ships in the layer too (LAYER_PLAIN_PACKAGES).
  'nodemailer',
  'nodemailer/*',
] as const;

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

/** Where the one bundled module sits in the layer, beside the packages that re-export it. */
const SHARED_MODULE = '@aws-lambda-powertools/layer-bundle.mjs';

/**
 * Writes the layer into `<dir>/nodejs/node_modules` (the folder Lambda puts on `NODE_PATH` for a Node.js
 * layer): the installed Powertools packages bundled by esbuild into ONE minified ES module (Logger,
 * Metrics and the commons and invoke-store code they share, once), and for each of
 * {@link LAYER_ROOT_PACKAGES} a package folder whose `index.mjs` re-exports it. One file instead of the
 * packages' ~100 loads a cold start about four times faster. Nothing is downloaded: the code is exactly
 * what `npm ci` installed from package-lock.json; the packages' licence files and a list of what is
 * inside (`nodejs/layer-packages.json`) come along.
 */
export function writeLayerDirectory(
  dir: string,
  packages: ReadonlyMap<string, string> = layerPackages(),
  nodeModules: string = NODE_MODULES,
): string {
  const root = join(dir, 'nodejs', 'node_modules');
  buildSync({
    stdin: {
      contents: LAYER_ROOT_PACKAGES.map((name) => `export * from '${name}';`).join('\n'),
      resolveDir: dirname(nodeModules),
      loader: 'js',
    },
    outfile: join(root, SHARED_MODULE),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    mainFields: ['module', 'main'],
    // As in the functions' bundles: CommonJS inside may `require` Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  for (const name of LAYER_ROOT_PACKAGES) {
    const folder = join(root, name);
    mkdirSync(folder, { recursive: true });
    const shared = relative(folder, join(root, SHARED_MODULE)).split(sep).join('/');
    writeFileSync(join(folder, 'index.mjs'), `export * from './${shared}';\n`);
    writeFileSync(
      join(folder, 'package.json'),
      `${JSON.stringify({ name, version: packages.get(name), type: 'module', exports: { '.': './index.mjs' } }, null, 2)}\n`,
    );
  }
  const listed: Record<string, { version: string; license: string }> = {};
  for (const [name, version] of packages) {
    const pkg = readPackage(name, nodeModules) as PackageJson & { license?: string };
    listed[name] = { version, license: pkg.license ?? 'UNKNOWN' };
    for (const file of readdirSync(join(nodeModules, name))) {
      if (/^(licen[cs]e|notice)/i.test(file)) {
        mkdirSync(join(dir, 'nodejs', 'licenses', name), { recursive: true });
        copyFileSync(join(nodeModules, name, file), join(dir, 'nodejs', 'licenses', name, file));
      }
    }
  }
  Object.assign(listed, copyPlainPackages(dir, nodeModules));
  writeFileSync(join(dir, 'nodejs', 'layer-packages.json'), `${JSON.stringify(listed, null, 2)}\n`);
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
