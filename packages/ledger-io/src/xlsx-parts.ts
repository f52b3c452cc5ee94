import { attribute, decodeCellText } from './xml-text.ts';

/** A sheet as xl/workbook.xml lists it, with the zip path of its XML. */
export interface SheetEntry {
  readonly name: string;
  readonly state: string;
  readonly path: string | undefined;
}

/** What the reader needs from a workbook's parts besides the sheet itself. */
export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly sharedStringsPath: string;
  readonly stylesPath: string;
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  readonly date1904: boolean;
}

const TAG = (name: string) => new RegExp(`<${name}\\b([^>]*?)/?>`, 'g');

/** The sheets in workbook order, each resolved through xl/_rels/workbook.xml.rels to its part. */
export function workbookInfo(workbookXml: string, relsXml: string): WorkbookInfo {
  const targets = new Map<string, { type: string; path: string }>();
  for (const [, attributes = ''] of relsXml.matchAll(TAG('Relationship'))) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id === undefined || target === undefined) continue;
    targets.set(id, { type: attribute(attributes, 'Type') ?? '', path: partPath(target) });
  }
  const sheets = [...workbookXml.matchAll(TAG('sheet'))].map(([, attributes = '']) => {
    const id = attribute(attributes, 'r:id') ?? attribute(attributes, '[A-Za-z0-9]+:id');
    return {
      name: attribute(attributes, 'name') ?? '',
      state: attribute(attributes, 'state') ?? 'visible',
      path: id === undefined ? undefined : targets.get(id)?.path,
    };
  });
  const byType = (suffix: string, fallback: string) =>
    [...targets.values()].find(({ type }) => type.endsWith(suffix))?.path ?? fallback;
  const properties = TAG('workbookPr').exec(workbookXml)?.[1] ?? '';
  const date1904 = attribute(properties, 'date1904');
  return {
    sheets,
    sharedStringsPath: byType('/sharedStrings', 'xl/sharedStrings.xml'),
    stylesPath: byType('/styles', 'xl/styles.xml'),
    date1904: date1904 === '1' || date1904 === 'true',
  };
}

/** A relationship target (relative to xl/, or absolute from the package root) as a zip path. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

const STRING_ITEM = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;
const TEXT = /<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g;

/** The text of a string item (`<si>` or `<is>`): its runs joined, phonetic guides left out. */
export function itemText(xml: string): string {
  if (!xml.includes('<t')) return '';
  const body = xml.includes('<rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  for (const [, value] of body.matchAll(TEXT)) if (value) text += decodeCellText(value);
  return text;
}

/** xl/sharedStrings.xml as a list: rich text flattened to its text. */
export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(STRING_ITEM)].map(([, body]) => (body ? itemText(body) : ''));
}

/** Built-in number formats that show a date or time (the Chinese ones included). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a format code shows a date: a d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
  return /[dmyhs]/i.test(bare.split(';')[0] ?? '');
}

/** For each cell style (`s="n"`), whether numbers in it are dates. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const [, attributes = ''] of stylesXml.matchAll(TAG('numFmt'))) {
    const id = Number(attribute(attributes, 'numFmtId'));
    custom.set(id, attribute(attributes, 'formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(TAG('xf'))].map(([, attributes = '']) => {
    const id = Number(attribute(attributes, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code);
  });
}
