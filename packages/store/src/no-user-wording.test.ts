import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Chinese characters and full-width punctuation: the mark of a sentence written for users. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * String literals in packages/store that may hold Chinese because they are data, not wording for users
 * (`file:line`, relative to src). None today: conflicts carry codes and data (phrased in packages/app),
 * and audit and evidence words come from packages/domain.
 */
const ALLOWED: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every string literal and template text of `text` holding Chinese, as `file:line text`. */
function chineseLiterals(file: string, text = readFileSync(file, 'utf8')): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const { type, value, start } = node as { type?: string; value?: unknown; start?: number };
    const literal =
      type === 'Literal' && typeof value === 'string'
        ? value
        : type === 'TemplateElement'
          ? ((value as { cooked?: string | null }).cooked ?? '')
          : undefined;
    if (literal !== undefined && CJK.test(literal)) {
      const line = text.slice(0, start).split('\n').length;
      found.push(`${relative(SRC, file)}:${line} ${literal}`);
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(parseAst(text, { lang: 'ts' }, file));
  return found;
}

describe('packages/store writes no user-facing wording', () => {
  it('has no Chinese in the string literals of its source (comments may name things in Chinese)', () => {
    // Act
    const literals = sourceFiles(SRC).flatMap((file) => chineseLiterals(file));
    // Assess
    const unexpected = literals.filter((hit) => !ALLOWED.includes(hit.slice(0, hit.indexOf(' '))));
    expect(unexpected, 'phrase it in packages/app (conflicts) or packages/domain (evidence text)').toEqual(
      [],
    );
  });

  it('finds Chinese in a string, a template and the tail of a template, and not in comments', () => {
    const text = `/** 专利台账 */
export const a = '已存在';
export const b = \`已于 \${1} 推送\`;
export const c = \`x \${1} 条\`;
export const d = 'ok'; // 备注`;
    expect(chineseLiterals(join(SRC, 'probe.ts'), text).map((hit) => hit.split(' ')[0])).toEqual([
      'probe.ts:2',
      'probe.ts:3',
      'probe.ts:3',
      'probe.ts:4',
    ]);
  });
});
