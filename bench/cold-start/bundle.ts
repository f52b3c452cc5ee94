import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_EXTERNALS } from '../../infra/lib/powertools-layer-contents.ts';

/**
 * Same as the `bundling` block of infra/lib/constructs/node-function.ts: some CommonJS dependencies
 * call `require` for Node built-ins, which an ESM bundle lacks.
 */
const BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export interface Bundle {
  name: string;
  outfile: string;
  bytes: number;
  /** For information only: Lambda loads the unzipped file, so the target is on `bytes`. */
  gzipBytes: number;
  metafile: Metafile;
}

/**
 * Bundles `entry` into `<outdir>/<name>.mjs` the way CDK's NodejsFunction does for our stacks, so the
 * size measured here is the size deployed. One deliberate difference: no source map, because the
 * figure we care about is the code Node has to parse at init.
 */
export async function bundle(name: string, entry: string, outdir: string): Promise<Bundle> {
  const outfile = join(outdir, `${name}.mjs`);
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    sourcemap: false,
    mainFields: ['module', 'main'],
    // The Node 22 Lambda runtime ships SDK v3 and the Powertools layer ships Powertools (its size is
    // reported separately); the same list as the functions' CDK bundling.
    external: [...BUNDLE_EXTERNALS],
    banner: { js: BANNER },
    // Kept to explain a bundle that is over budget (see run.ts).
    metafile: true,
    logLevel: 'warning',
  });
  const code = await readFile(outfile);
  return {
    name,
    outfile,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    metafile: result.metafile,
  };
}

/**
 * Output bytes per package, largest first: node_modules inputs are grouped by package name, our own
 * files by workspace folder (e.g. `packages/store`), which says more than a list of single files.
 */
export function contributors(metafile: Metafile): { source: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const source = sourceOf(path);
      totals.set(source, (totals.get(source) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function sourceOf(path: string): string {
  const inModules = path.split('node_modules/').at(-1);
  if (inModules !== undefined && inModules !== path) {
    const parts = inModules.split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  return path.split('/').slice(0, 2).join('/');
}
