import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const webSrc = dirname(fileURLToPath(import.meta.url));
const domainSrc = resolve(webSrc, '../../packages/domain/src');
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;
/** What pure domain code may import besides its own files. */
const PURE_PACKAGES = new Set(['zod', 'zod/mini']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const specifiers = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1] ?? '');

/** Imports and re-exports of `@openlicense/contract` that are not type-only (those would bundle schemas). */
const CONTRACT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;]*?from\s+'(@openlicense\/contract(?:\/[\w-]+)?)'/g;
const contractValueImports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(CONTRACT)].filter((m) => !m[2]).map((m) => m[3] ?? '');

describe('what the web app imports', () => {
  it('takes from the server side only @openlicense/domain modules, by subpath, and the contract’s types', () => {
    // Act
    const foreign = sourceFiles(webSrc).flatMap((file) =>
      specifiers(file)
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('preact'))
        .filter((specifier) => !/^@openlicense\/domain\/[\w/-]+$/.test(specifier))
        .filter((specifier) => !/^@openlicense\/contract(\/[\w-]+)?$/.test(specifier))
        .map((specifier) => `${relative(webSrc, file)}: ${specifier}`),
    );

    // Assess
    expect(foreign).toEqual([]);
  });

  it('imports the API contract for its types only (`import type`), so no schema reaches the bundle', () => {
    // Act
    const files = sourceFiles(webSrc);
    const valueImports = files.flatMap((file) =>
      contractValueImports(file).map((specifier) => `${relative(webSrc, file)}: ${specifier}`),
    );
    const typeImports = files.filter((file) =>
      readFileSync(file, 'utf8').includes("from '@openlicense/contract"),
    );

    // Assess
    expect(typeImports.length).toBeGreaterThan(0);
    expect(valueImports).toEqual([]);
  });

  it('reaches through those modules nothing but domain files and zod (no I/O, no node:*, no AWS SDK)', () => {
    // Prepare
    const entry = sourceFiles(webSrc)
      .flatMap(specifiers)
      .filter((specifier) => specifier.startsWith('@openlicense/domain/'))
      .map((specifier) => join(domainSrc, `${specifier.slice('@openlicense/domain/'.length)}.ts`));
    const seen = new Set<string>();
    const impure: string[] = [];

    // Act
    const queue = [...entry];
    while (queue.length > 0) {
      const file = queue.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      expect(existsSync(file), file).toBe(true);
      for (const specifier of specifiers(file)) {
        if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
        else if (!PURE_PACKAGES.has(specifier)) impure.push(`${relative(domainSrc, file)}: ${specifier}`);
      }
    }

    // Assess
    expect(entry.length).toBeGreaterThan(0);
    expect(impure).toEqual([]);
  });
});
