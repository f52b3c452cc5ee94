import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));
const srcDir = join(webDir, 'src');

export interface BuildWebOptions {
  /** Where `index.html`, `styles.css` and `app.js` go; `web/dist` by default. */
  outdir?: string;
  minify?: boolean;
}

export interface BuildWebResult {
  outdir: string;
  /** Size of `app.js` in bytes. */
  bundleBytes: number;
}

/**
 * Bundles the web shell into a static folder any file server can host.
 *
 * @example
 * const { outdir } = await buildWeb({ outdir: '/tmp/web', minify: false });
 */
export async function buildWeb({
  outdir = join(webDir, 'dist'),
  minify = true,
}: BuildWebOptions = {}): Promise<BuildWebResult> {
  await mkdir(outdir, { recursive: true });
  const outfile = join(outdir, 'app.js');
  await build({
    entryPoints: [join(srcDir, 'main.tsx')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Module scripts are always decoded as UTF-8, so Chinese text need not be \u-escaped.
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  await Promise.all([
    copyFile(join(srcDir, 'index.html'), join(outdir, 'index.html')),
    copyFile(join(srcDir, 'styles.css'), join(outdir, 'styles.css')),
    copySwaggerUi(join(outdir, 'vendor/swagger-ui')),
  ]);
  return { outdir, bundleBytes: (await stat(outfile)).size };
}

/** Swagger UI for `/api/docs`, served with the site rather than from a CDN (nothing loads from the internet). */
async function copySwaggerUi(target: string) {
  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  await mkdir(target, { recursive: true });
  await Promise.all(
    ['swagger-ui-bundle.js', 'swagger-ui.css'].map((file) => copyFile(join(dist, file), join(target, file))),
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const { outdir, bundleBytes } = await buildWeb();
  console.log(`web: ${outdir}/app.js ${(bundleBytes / 1024).toFixed(1)} KiB`);
}
