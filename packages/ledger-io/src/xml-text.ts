/** Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF) and lone surrogates: a file holding one does not open. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text Excel would read as its own `_xHHHH_` escape; its underscore is escaped so it reads back as typed. */
const OOXML_ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text for an XML element or a double-quoted attribute: forbidden characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Cell text for `<t>`: escaped as `escapeXml`, and `_x0041_`-like text kept literal. */
export function escapeCellText(text: string): string {
  return escapeXml(text).replace(OOXML_ESCAPE_LOOKALIKE, '_x005F_$1');
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePoint(value: number): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/** An attribute value or element text as written, entities and character references resolved. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, decimal: string | undefined, name: string) => {
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return codePoint(Number(decimal));
    return NAMED[name] ?? '';
  });
}

/** Cell text: XML decoded, then Excel's `_xHHHH_` escapes (`_x000D_` is a carriage return). */
export function decodeCellText(text: string): string {
  const decoded = decodeXml(text);
  return decoded.includes('_x')
    ? decoded.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : decoded;
}

const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` in a tag's attribute text, decoded; prefixed names (`r:id`) match whole. */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return decodeXml(match[1] ?? match[2] ?? '');
}
