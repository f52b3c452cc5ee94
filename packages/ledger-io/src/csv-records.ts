/** A CSV record could not be read: a quoted field is never closed. `line` is 1-based. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`unclosed quoted field starting at line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Walks CSV text record by record, calling `onRecord` with the fields and the 1-based record number.
 * RFC 4180 quoting (`""` inside quotes), CR, LF or CRLF line ends, any number of fields per record,
 * and quotes inside an unquoted field kept as typed (as Excel reads them). Linear in the text: a
 * million blank lines cost a million cheap calls and keep nothing.
 */
export function eachCsvRecord(
  text: string,
  delimiter: string,
  onRecord: (fields: string[], record: number) => void,
): void {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let at = 0;
  let line = 1;
  let record = 0;
  while (at < length) {
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (text.charCodeAt(at) === QUOTE) {
        const startLine = line;
        at++;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close < 0) throw new CsvSyntaxError(startLine);
          const chunk = text.slice(at, close);
          line += countLineEnds(chunk);
          value += chunk;
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            at = close + 2;
          } else {
            at = close + 1;
            break;
          }
        }
      }
      // The unquoted field, or what follows a closing quote up to the delimiter.
      let end = at;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === separator || code === CR || code === LF) break;
        end++;
      }
      value += text.slice(at, end);
      fields.push(value);
      at = end;
      const code = text.charCodeAt(at);
      if (code === separator) {
        at++;
        continue;
      }
      endOfRecord = true;
      if (code === CR) at += text.charCodeAt(at + 1) === LF ? 2 : 1;
      else if (code === LF) at++;
      line++;
    }
    onRecord(fields, ++record);
  }
}

function countLineEnds(chunk: string): number {
  let count = 0;
  for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) count++;
  return count;
}
