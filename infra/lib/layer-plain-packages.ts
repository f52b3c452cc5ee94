import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Packages the layer carries as installed (not bundled), for functions that import them lazily:
 * nodemailer's SMTP client (`nodemailer/lib/smtp-connection`), loaded by `@openlicense/mail` only when
 * `MAIL_TRANSPORT=smtp`. Carried here so that the matcher's and scheduler's bundles stay small whichever
 * transport an environment picks. Only its ES module build is copied (the functions are ES modules, and
 * its `exports` map sends `import` there), without type declarations or source maps.
 */
export const LAYER_PLAIN_PACKAGES = ['nodemailer'] as const;

const SKIPPED = /(\.d\.ts|\.d\.ts\.map|\.d\.mts|\.d\.cts|\.map|\.md)$/;

/** Folders of a plain package that Node never loads through its `import` conditions. */
const UNUSED_FOLDERS: Readonly<Record<string, readonly string[]>> = { nodemailer: ['dist/cjs'] };

/**
 * Copies {@link LAYER_PLAIN_PACKAGES} from `nodeModules` into `<dir>/nodejs/node_modules` and their licence
 * files into `<dir>/nodejs/licenses`; returns name → version and licence for the layer's package list.
 */
export function copyPlainPackages(
  dir: string,
  nodeModules: string,
  packages: readonly string[] = LAYER_PLAIN_PACKAGES,
): Record<string, { version: string; license: string }> {
  const listed: Record<string, { version: string; license: string }> = {};
  for (const name of packages) {
    const from = join(nodeModules, name);
    if (!existsSync(join(from, 'package.json')))
      throw new Error(`${name} is not installed in ${nodeModules}: run npm install before synthesising`);
    const pkg = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as {
      version: string;
      license?: string;
    };
    const unused = (UNUSED_FOLDERS[name] ?? []).map((folder) => join(from, folder));
    cpSync(from, join(dir, 'nodejs', 'node_modules', name), {
      recursive: true,
      dereference: true,
      filter: (source) => !SKIPPED.test(source) && !unused.some((folder) => source.startsWith(folder)),
    });
    for (const file of readdirSync(from)) {
      if (/^(licen[cs]e|notice)/i.test(file)) {
        mkdirSync(join(dir, 'nodejs', 'licenses', name), { recursive: true });
        copyFileSync(join(from, file), join(dir, 'nodejs', 'licenses', name, file));
      }
    }
    listed[name] = { version: pkg.version, license: pkg.license ?? 'UNKNOWN' };
  }
  return listed;
}
