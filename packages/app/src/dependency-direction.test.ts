import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*'([^']+)'|import\('([^']+)'\)/g;

/** Every TypeScript file under `dir` (relative to the root), node_modules left out. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Where a file's imports point: a workspace folder (`functions/api`, `packages/app`) or a package name. */
function targets(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = match[1] ?? match[2] ?? '';
    if (!specifier.startsWith('.')) return specifier;
    return relative(ROOT, resolve(ROOT, dirname(file), specifier))
      .split('/')
      .slice(0, 2)
      .join('/');
  });
}

const workspaces = (parent: string) => readdirSync(join(ROOT, parent)).map((name) => `${parent}/${name}`);
const isFunction = (target: string) =>
  target.startsWith('@openlicense/fn-') || target.startsWith('functions/');

describe('dependencies point one way', () => {
  it('no function imports another function', () => {
    const crossings = workspaces('functions').flatMap((fn) =>
      sourceFiles(fn).flatMap((file) =>
        targets(file)
          .filter((target) => isFunction(target) && target !== fn)
          .map((target) => `${file} → ${target}`),
      ),
    );
    expect(crossings).toEqual([]);
  });

  it('no package but packages/local (the composition root) imports a function', () => {
    const crossings = workspaces('packages')
      .filter((pkg) => pkg !== 'packages/local')
      .flatMap((pkg) =>
        sourceFiles(pkg).flatMap((file) =>
          targets(file)
            .filter(isFunction)
            .map((target) => `${file} → ${target}`),
        ),
      );
    expect(crossings).toEqual([]);
  });

  it('the application layer knows nothing of HTTP or Lambda', () => {
    const edge = (target: string) =>
      target === 'hono' ||
      target.startsWith('hono/') ||
      target.startsWith('@openlicense/http') ||
      target === 'packages/http' ||
      target === 'aws-lambda';
    const crossings = sourceFiles('packages/app').flatMap((file) =>
      targets(file)
        .filter(edge)
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('no workspace declares a dependency on a function, except packages/local', () => {
    const declared = [...workspaces('functions'), ...workspaces('packages')]
      .filter((ws) => ws !== 'packages/local')
      .flatMap((ws) => {
        const manifest = JSON.parse(readFileSync(join(ROOT, ws, 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>;
        };
        return Object.keys(manifest.dependencies ?? {})
          .filter((name) => name.startsWith('@openlicense/fn-'))
          .map((name) => `${ws} → ${name}`);
      });
    expect(declared).toEqual([]);
  });
});
