import { SnapshotFormatError } from '../errors.ts';
import { TOKENISER_VERSION } from '../text/tokenise.ts';
import type { TextIndexConfig } from './config.ts';
import type { FrozenPostings } from './postings.ts';
import { type Filters, TextIndex } from './text-index.ts';

/**
 * Snapshot layout (little-endian):
 *
 * | bytes | content |
 * |---|---|
 * | 4 | magic `OLTI` |
 * | 4 | format version (u32) |
 * | 4 | header length H (u32) |
 * | H | header, UTF-8 JSON: versions, config, section sizes, document ids, filters |
 * | pad | zeros up to a multiple of 4 |
 * | … | sections: offsets (u32), entries (u32), field lengths (u32), frequencies (u8), terms (UTF-8, `\n`-separated) |
 *
 * Loading parses only the header and the term list; the numeric sections are used in place.
 */
const MAGIC = [0x4f, 0x4c, 0x54, 0x49]; // OLTI
const FORMAT_VERSION = 1;
const PREAMBLE = 12;

interface Header {
  readonly tokeniserVersion: number;
  readonly config: TextIndexConfig;
  readonly termCount: number;
  readonly entryCount: number;
  readonly termBytes: number;
  readonly ids: readonly string[];
  readonly filters: readonly (Filters | null)[];
}

const align4 = (n: number) => (n + 3) & ~3;

function littleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/**
 * A compact, self-describing snapshot of the index, to persist and {@link load} on a cold start
 * instead of tokenising every document again. Merges the index first (searches are unaffected).
 */
export function serialise(index: TextIndex): Uint8Array {
  if (!littleEndian()) throw new SnapshotFormatError('snapshots are written on little-endian machines only');
  const state = index.exportState();
  const { postings } = state;
  // Terms come from normalised text, which holds no line breaks; the list relies on that.
  if (postings.terms.some((term) => term.includes('\n')))
    throw new SnapshotFormatError('a term holds a line break');
  const terms = new TextEncoder().encode(postings.terms.join('\n'));
  const header: Header = {
    tokeniserVersion: state.tokeniserVersion,
    config: state.config,
    termCount: postings.terms.length,
    entryCount: postings.entries.length,
    termBytes: terms.length,
    ids: state.ids,
    filters: state.filters,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sections: Uint8Array[] = [
    bytesOf(postings.offsets),
    bytesOf(postings.entries),
    bytesOf(state.fieldLengths),
    bytesOf(postings.frequencies),
    terms,
  ];
  let size = align4(PREAMBLE + headerBytes.length);
  for (const section of sections) size = align4(size + section.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, PREAMBLE);
  let at = align4(PREAMBLE + headerBytes.length);
  for (const section of sections) {
    out.set(section, at);
    at = align4(at + section.length);
  }
  return out;
}

function bytesOf(array: Uint32Array | Uint8Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * An index from {@link serialise}'s bytes. The numeric sections are viewed in place when aligned,
 * so the bytes must not be modified afterwards.
 *
 * @throws SnapshotFormatError when the bytes are not a snapshot of this format and tokeniser.
 */
export function load(bytes: Uint8Array): TextIndex {
  if (!littleEndian()) throw new SnapshotFormatError('snapshots are read on little-endian machines only');
  if (bytes.length < PREAMBLE || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotFormatError('not a text index snapshot (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) {
    throw new SnapshotFormatError(`snapshot format ${version} is not supported (expected ${FORMAT_VERSION})`);
  }
  const headerLength = view.getUint32(8, true);
  if (PREAMBLE + headerLength > bytes.length) throw new SnapshotFormatError('snapshot is truncated (header)');
  let header: Header;
  try {
    header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength)),
    ) as Header;
  } catch (error) {
    throw new SnapshotFormatError('snapshot header is not valid JSON', { cause: error });
  }
  if (header.tokeniserVersion !== TOKENISER_VERSION) {
    throw new SnapshotFormatError(
      `snapshot was built with tokeniser ${header.tokeniserVersion}; this code tokenises with ${TOKENISER_VERSION}: rebuild it`,
    );
  }
  const docCount = header.ids.length;
  const fieldCount = header.config.fields.length;
  let at = align4(PREAMBLE + headerLength);
  const take = (length: number): Uint8Array => {
    if (at + length > bytes.length) throw new SnapshotFormatError('snapshot is truncated (sections)');
    const section = bytes.subarray(at, at + length);
    at = align4(at + length);
    return section;
  };
  const u32 = (count: number): Uint32Array => {
    const section = take(count * 4);
    return section.byteOffset % 4 === 0
      ? new Uint32Array(section.buffer, section.byteOffset, count)
      : new Uint32Array(section.slice().buffer);
  };
  const offsets = u32(header.termCount + 1);
  const entries = u32(header.entryCount);
  const fieldLengths = u32(docCount * fieldCount);
  const frequencies = take(header.entryCount);
  const termText = new TextDecoder().decode(take(header.termBytes));
  const terms = header.termCount === 0 ? [] : termText.split('\n');
  if (
    terms.length !== header.termCount ||
    offsets[header.termCount] !== header.entryCount ||
    header.filters.length !== docCount
  ) {
    throw new SnapshotFormatError('snapshot sections disagree with its header');
  }
  const postings: FrozenPostings = { terms, offsets, entries, frequencies };
  return TextIndex.fromState({
    tokeniserVersion: header.tokeniserVersion,
    config: header.config,
    ids: header.ids,
    filters: header.filters,
    fieldLengths,
    postings,
  });
}
