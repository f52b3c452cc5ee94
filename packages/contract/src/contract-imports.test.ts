import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*'([^']+)'|import\('([^']+)'\)/g;

describe('the API contract', () => {
  it('imports only zod and pure domain modules, by subpath (no I/O, no HTTP framework, no app or store)', () => {
    // Act
    const foreign = readdirSync(SRC)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .flatMap((name) =>
        [...readFileSync(join(SRC, name), 'utf8').matchAll(IMPORT)]
          .map((m) => m[1] ?? m[2] ?? '')
          .filter(
            (s) =>
              !s.startsWith('./') &&
              s !== 'zod' &&
              s !== 'zod/mini' &&
              !/^@openlicense\/domain\/[\w/-]+$/.test(s),
          )
          .map((s) => `${name}: ${s}`),
      );

    // Assess
    expect(foreign).toEqual([]);
  });
});
