import { parseIpc, parsePatentNumber, patentCheckChar } from '@openlicense/domain';

/**
 * What a catalogue keyword box holds, read the way people type it:
 * - a patent number, with or without `ZL`, the dot or the case (`zl201811093527.8`, `2018110935278`), or its
 *   application digits without the check character (`201811093527`);
 * - an IPC symbol at class level or below (`H01M`, `h01m`, `H01M 10/54`, `H01M10/54`), alone or beside words;
 * - a single Chinese character (`锂`), which the word-and-bigram index cannot find;
 * - otherwise words for the full-text index.
 */
export type KeywordQuery =
  | { kind: 'patent'; number: string }
  | { kind: 'words'; text: string; ipc?: string; char?: string };

// Class (H01), subclass (H01M), group (H01M 10/54): a letter A–H, two digits, then optionally a letter and a group.
const IPC_IN_TEXT =
  /(?<![A-Za-z0-9])([A-Ha-h]\d{2}(?:[A-Za-z](?:\s*\d{1,4}\s*\/\s*\d{2,6})?)?)(?![A-Za-z0-9/])/;
const HAN = /^\p{Script=Han}$/u;

export function parseKeywordQuery(raw: string): KeywordQuery {
  const q = raw.normalize('NFKC').trim();
  const patent = parsePatentNumber(q);
  if (patent.ok) return { kind: 'patent', number: patent.value.number };
  const digits = /^(?:ZL|CN)?(\d{12})$/i.exec(q.replace(/\s+/g, ''))?.[1];
  const completed =
    digits === undefined ? undefined : parsePatentNumber(`${digits}.${patentCheckChar(digits)}`);
  if (completed?.ok) return { kind: 'patent', number: completed.value.number };
  const found = IPC_IN_TEXT.exec(q);
  const ipc = found?.[1] === undefined ? undefined : parseIpc(found[1]);
  const words =
    found && ipc?.ok ? `${q.slice(0, found.index)} ${q.slice(found.index + found[0].length)}`.trim() : q;
  const char = HAN.test(words) ? words : undefined;
  return {
    kind: 'words',
    text: words,
    ...(ipc?.ok ? { ipc: ipc.value.canonical } : {}),
    ...(char ? { char } : {}),
  };
}
