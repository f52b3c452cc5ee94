import { getLocale, type Locale, type MessageKey, messages } from '../i18n/messages.ts';

/**
 * A sentence from the catalogue with its parameters, kept apart until it is shown, so a screen can mark the
 * parameters that are people's own words (keywords, chain names, titles) and keep the rest in the reader's
 * language. A parameter may be another phrase, or a list joined the locale's way.
 */
export interface Phrase {
  readonly id: MessageKey;
  readonly params?: Readonly<Record<string, PhraseParam>>;
}

/** People's own words (`data`), shown as written whatever the screen's language. */
export interface PhraseData {
  readonly data: string;
}

/** Items joined as the locale joins a list (`、` in Chinese, `, … and` in English). */
export interface PhraseList {
  readonly list: readonly PhraseParam[];
  /** A separator from the catalogue instead of the locale's list form. */
  readonly separator?: MessageKey;
}

export type PhraseParam = string | number | Phrase | PhraseData | PhraseList;

/** One piece of a phrase as shown: text of the catalogue's, people's data, or a nested piece list. */
export type PhrasePart = { text: string } | { data: string } | { parts: PhrasePart[] };

export const isPhrase = (value: PhraseParam): value is Phrase => typeof value === 'object' && 'id' in value;
export const isPhraseData = (value: PhraseParam): value is PhraseData =>
  typeof value === 'object' && 'data' in value;
export const isPhraseList = (value: PhraseParam): value is PhraseList =>
  typeof value === 'object' && 'list' in value;

/** People's words as a parameter. */
export const data = (text: string): PhraseData => ({ data: text });

/**
 * The locale's way of joining a list: Intl.ListFormat's in English; the enumeration comma 、 in Chinese, as
 * the engine's own Chinese sentences (e-mails, exports) write it, so both read alike.
 *
 * @example joinList(['a', 'b', 'c'], 'en') // 'a, b, and c'
 * @example joinList(['甲', '乙', '丙'], 'zh-CN') // '甲、乙、丙'
 */
export function joinList(items: readonly string[], locale: Locale): string {
  if (locale === 'zh-CN') return items.join('、');
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** {@link joinList} in the language the screen is showing: for lists of catalogue labels built by the web. */
export function listText(items: readonly string[]): string {
  return joinList(items, getLocale());
}

function listParts(list: PhraseList, locale: Locale): PhrasePart[] {
  const items = list.list.map((item) => paramParts(item, locale));
  if (list.separator) {
    const separator = messages[locale][list.separator];
    return items.flatMap((item, i) => (i === 0 ? [item] : [{ text: separator }, item]));
  }
  // The locale's list form, with placeholders where the items go, so data items stay marked.
  const marks = items.map((_, i) => `\uE000${i}\uE000`);
  return joinList(marks, locale)
    .split(/\uE000(\d+)\uE000/)
    .map((piece, i) => (i % 2 === 1 ? (items[Number(piece)] ?? { text: '' }) : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}

function paramParts(value: PhraseParam, locale: Locale): PhrasePart {
  if (typeof value === 'string' || typeof value === 'number') return { text: String(value) };
  if (isPhraseData(value)) return { data: value.data };
  if (isPhraseList(value)) return { parts: listParts(value, locale) };
  return { parts: phraseParts(value, locale) };
}

/** The pieces of a phrase in `locale`: the catalogue's text around each parameter's own pieces. */
export function phraseParts(phrase: Phrase, locale: Locale = getLocale()): PhrasePart[] {
  const template = messages[locale][phrase.id];
  const parts: PhrasePart[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = phrase.params?.[match[1] ?? ''];
    if (value === undefined) continue;
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push(paramParts(value, locale));
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

const partText = (part: PhrasePart): string =>
  'text' in part ? part.text : 'data' in part ? part.data : part.parts.map(partText).join('');

/**
 * A phrase as plain text in `locale`.
 *
 * @example phraseText({ id: 'match.reason.text_terms', params: { terms: { list: [data('电池')] } } }, 'en') // 'Keywords in common: 电池'
 */
export function phraseText(phrase: Phrase, locale: Locale = getLocale()): string {
  return phraseParts(phrase, locale).map(partText).join('');
}
