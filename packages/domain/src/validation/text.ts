import type * as z from 'zod/mini';

/**
 * Input hygiene for text people type or import: what a field may not hold, whatever its length rules.
 * Checked at the edge (input schemas), never on stored records, so a record written before these rules
 * still reads.
 */

export type TextRule = 'control' | 'surrogate' | 'bidi' | 'invisible';

export const TEXT_RULE_MESSAGES: Readonly<Record<TextRule, string>> = {
  control:
    '不能包含控制字符（如 NUL）；标题、名称等单行文字不能换行或含制表符 / must not contain control characters (NUL…); one-line fields take no line breaks or tabs',
  surrogate:
    '含有残缺的 Unicode 字符（孤立代理项），请重新输入 / contains a broken Unicode character (lone surrogate)',
  bidi: '不能包含双向文字控制符（U+202A–202E、U+2066–2069）/ must not contain bidirectional override or isolate characters',
  invisible:
    '须包含可见文字，不能只有空白或零宽字符 / must contain visible characters, not only spaces or zero-width characters',
};

/** Tab, line feed and carriage return: the only control characters long text may hold. */
const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d]);

/** C0 controls (NUL included), DEL and the C1 controls; long text may break lines and indent. */
function hasControl(text: string, multiline: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !(multiline && LINE_BREAKS.has(code))) return true;
    if (code >= 0x7f && code <= 0x9f) return true;
  }
  return false;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Whitespace (JS `\s` covers the ideographic space U+3000 and U+FEFF) and the zero-width characters. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

export interface TextOptions {
  /** Allows line breaks and tabs (descriptions, minutes, messages); titles and names stay on one line. */
  multiline?: boolean;
}

/**
 * The first hygiene rule `text` breaks, or undefined when it is clean. An empty string breaks none:
 * whether a field may be empty is its own schema's rule.
 *
 * @example textRuleBroken('标题\u202E') // 'bidi'
 */
export function textRuleBroken(text: string, options: TextOptions = {}): TextRule | undefined {
  if (hasControl(text, options.multiline === true)) return 'control';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (BIDI_CONTROL.test(text)) return 'bidi';
  if (text !== '' && text.replace(INVISIBLE, '') === '') return 'invisible';
  return undefined;
}

/**
 * A refinement for one string field.
 *
 * @example z.string().check(z.trim(), z.maxLength(2000), z.superRefine(cleanText({ multiline: true })))
 */
export function cleanText(options: TextOptions = {}) {
  return (value: string, ctx: z.core.$RefinementCtx) => {
    const rule = textRuleBroken(value, options);
    if (rule) ctx.addIssue({ code: 'custom', message: TEXT_RULE_MESSAGES[rule] });
  };
}

/**
 * A refinement for a whole input object: every string in it, however deep (list items, nested objects),
 * is checked, and an issue names its field (`targets.1`, `contact.name`). Fields named in `multiline` (by
 * their own key, at any depth) may break lines.
 *
 * @example NeedInputObject.check(z.superRefine(cleanTextFields({ multiline: ['description'] })))
 */
export function cleanTextFields(options: { multiline?: readonly string[] } = {}) {
  const multiline = new Set(options.multiline ?? []);
  return (value: unknown, ctx: z.core.$RefinementCtx) => {
    const visit = (node: unknown, path: (string | number)[], lines: boolean): void => {
      if (typeof node === 'string') {
        const rule = textRuleBroken(node, { multiline: lines });
        if (rule) ctx.addIssue({ code: 'custom', path, message: TEXT_RULE_MESSAGES[rule] });
      } else if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) visit(item, [...path, i], lines);
      } else if (node !== null && typeof node === 'object') {
        for (const [key, item] of Object.entries(node)) visit(item, [...path, key], multiline.has(key));
      }
    };
    visit(value, [], false);
  };
}
