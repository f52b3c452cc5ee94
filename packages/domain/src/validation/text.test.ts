import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { cleanText, cleanTextFields, TEXT_RULE_MESSAGES, textRuleBroken } from './text.ts';

describe('textRuleBroken', () => {
  it.each([
    ['NUL', 'a\u0000b', 'control'],
    ['a bell', '标题\u0007', 'control'],
    ['DEL', 'x\u007F', 'control'],
    ['a C1 control', 'x\u0085', 'control'],
    ['a line break in one-line text', '第一行\n第二行', 'control'],
    ['a tab in one-line text', '名称\t备注', 'control'],
    ['a lone high surrogate', '专利\uD800', 'surrogate'],
    ['a lone low surrogate', '\uDC00专利', 'surrogate'],
    ['a right-to-left override', '合同\u202Efdp.exe', 'bidi'],
    ['a left-to-right embedding', '\u202A标题', 'bidi'],
    ['a first-strong isolate', '标题\u2068', 'bidi'],
    ['zero-width spaces only', '\u200B\u200B', 'invisible'],
    ['a zero-width joiner and a BOM only', '\u200D\uFEFF', 'invisible'],
    ['ideographic spaces and a word joiner only', '\u3000\u2060\u3000', 'invisible'],
  ] as const)('refuses %s', (_, text, rule) => {
    expect(textRuleBroken(text)).toBe(rule);
  });

  it.each([
    ['Chinese text', '一种高镍三元正极材料的制备方法'],
    ['mixed Chinese, Latin and numbers', 'H01M 10/052 锂电池（第2代）'],
    ['an emoji', '绿色工厂 🌱'],
    ['an emoji sequence joined by ZWJ', '团队 👨‍👩‍👧'],
    ['a flag (a surrogate pair of regional indicators)', '中国 🇨🇳'],
    ['a zero-width space inside visible text', '锂\u200B电池'],
    ['an empty string (whether a field may be empty is its own rule)', ''],
  ])('accepts %s', (_, text) => {
    expect(textRuleBroken(text)).toBeUndefined();
  });

  it('lets long text break lines and indent, but not hold NUL', () => {
    expect(textRuleBroken('第一段\r\n\t第二段\n', { multiline: true })).toBeUndefined();
    expect(textRuleBroken('第一段\n\u0000', { multiline: true })).toBe('control');
  });

  it('names every rule in Chinese first, then English', () => {
    for (const message of Object.values(TEXT_RULE_MESSAGES))
      expect(message).toMatch(/^\p{Script=Han}.*\/ [a-z]/u);
  });
});

describe('cleanText', () => {
  it('refuses a field with a bidi override with the rule as its message', () => {
    const schema = z.string().check(z.superRefine(cleanText()));
    expect(schema.safeParse('abc\u202E').error?.issues[0]?.message).toBe(TEXT_RULE_MESSAGES.bidi);
  });
});

describe('cleanTextFields', () => {
  const schema = z
    .object({
      title: z.string(),
      description: z.optional(z.string()),
      targets: z.array(z.string()),
      contact: z.object({ name: z.string() }),
    })
    .check(z.superRefine(cleanTextFields({ multiline: ['description'] })));

  it('names each field that breaks a rule, however deep', () => {
    const result = schema.safeParse({
      title: '\u200B\u200B',
      description: '第一行\n第二行',
      targets: ['ok', 'bad\u0000'],
      contact: { name: '张\uD800' },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title', TEXT_RULE_MESSAGES.invisible],
      ['targets.1', TEXT_RULE_MESSAGES.control],
      ['contact.name', TEXT_RULE_MESSAGES.surrogate],
    ]);
  });

  it('accepts clean input unchanged', () => {
    const input = { title: '标题 🌱', description: '说明\n第二行', targets: [], contact: { name: '张三' } };
    expect(schema.parse(input)).toEqual(input);
  });
});
