import { LedgerFormatError } from './errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file the way Chinese Excel writes them: UTF-8 with or without BOM ("CSV UTF-8"),
 * UTF-16 with BOM ("Unicode text"), or — when the bytes are not valid UTF-8 — GB18030, the
 * superset of the GBK that plain "CSV" is saved in on a Chinese Windows.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new LedgerFormatError('corrupt_file', '文件不是文本格式的 CSV / the file is not a text CSV');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
