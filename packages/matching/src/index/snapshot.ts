import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { SnapshotFormatError } from '../errors.ts';
import { TOKENISER_VERSION } from '../text/tokenise.ts';
import type { TextIndexConfig } from './config.ts';
import type { FrozenPostings } from './postings.ts';
import { type Filters, TextIndex, type TextIndexState } from './text-index.ts';
import { VarintReader, varintLength, writeVarint } from './varint.ts';

/**
 * Snapshot layout (little-endian), format 2:
 *
 * | bytes | content |
 * |---|---|
 * | 4 | magic `OLTI` |
 * | 4 | format version (u32) |
 * | 4 | body length B (u32), before compression |
 * | … | the body, brotli-compressed |
 *
 * The body: header length H (u32), the header (UTF-8 JSON: versions, config, section sizes, document
 * ids, filters), then sections back to back: entries per term (varints), each term's entries as gaps
 * from the one before (varints; entries sort by document, then field, so most gaps take one byte),
 * field lengths (varints), frequencies (u8), terms (UTF-8, `\n`-separated, ascending).
 *
 * Format 1, still read (snapshots written before format 2 load as they are): header length and
 * header right after the version, then the numeric sections raw and 4-aligned, used in place.
 */
const MAGIC = [0x4f, 0x4c, 0x54, 0x49]; // OLTI
const FORMAT_VERSION = 2;
const UNCOMPRESSED_FORMAT = 1;
const PREAMBLE = 12;
/** Brotli quality: 5 packs postings almost as tight as 11 in a fraction of the time. */
const BROTLI_QUALITY = 5;

interface Header {
  readonly tokeniserVersion: number;
  readonly config: TextIndexConfig;
  readonly termCount: number;
  readonly entryCount: number;
  readonly termBytes: number;
  readonly ids: readonly string[];
  readonly filters: readonly (Filters | null)[];
}

/** Format 2's header: format 1's plus the varint sections' byte lengths. */
interface CompactHeader extends Header {
  readonly countBytes: number;
  readonly gapBytes: number;
  readonly lengthBytes: number;
}

const align4 = (n: number) => (n + 3) & ~3;

function littleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

function varints(count: number, valueAt: (i: number) => number): Uint8Array {
  let size = 0;
  for (let i = 0; i < count; i++) size += varintLength(valueAt(i));
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < count; i++) at = writeVarint(out, at, valueAt(i));
  return out;
}

/**
 * A compact, self-describing snapshot of the index, to persist and {@link load} on a cold start
 * instead of tokenising every document again. Merges the index first (searches are unaffected).
 */
export function serialise(index: TextIndex): Uint8Array {
  const state = index.exportState();
  const { postings } = state;
  const terms = termBytes(postings);
  const { offsets, entries } = postings;
  const counts = varints(postings.terms.length, (t) => offsets[t + 1]! - offsets[t]!);
  const gapValues = new Uint32Array(entries.length);
  for (let t = 0; t < postings.terms.length; t++) {
    const start = offsets[t]!;
    const end = offsets[t + 1]!;
    if (start < end) gapValues[start] = entries[start]!;
    for (let p = start + 1; p < end; p++) gapValues[p] = entries[p]! - entries[p - 1]!;
  }
  const gaps = varints(gapValues.length, (p) => gapValues[p]!);
  const lengths = varints(state.fieldLengths.length, (i) => state.fieldLengths[i]!);
  const header: CompactHeader = {
    ...headerOf(state, postings, terms),
    countBytes: counts.length,
    gapBytes: gaps.length,
    lengthBytes: lengths.length,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sections = [headerBytes, counts, gaps, lengths, postings.frequencies, terms];
  const body = new Uint8Array(4 + sections.reduce((sum, section) => sum + section.length, 0));
  new DataView(body.buffer).setUint32(0, headerBytes.length, true);
  let at = 4;
  for (const section of sections) {
    body.set(section, at);
    at += section.length;
  }
  const packed = brotliCompressSync(body, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const out = new Uint8Array(PREAMBLE + packed.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, body.length, true);
  out.set(packed, PREAMBLE);
  return out;
}

/**
 * Format 1 (raw sections, no compression): what snapshots were before format 2. Kept so that tests
 * and benchmarks can write one; {@link load} reads both.
 */
export function serialiseUncompressed(index: TextIndex): Uint8Array {
  if (!littleEndian()) throw new SnapshotFormatError('snapshots are written on little-endian machines only');
  const state = index.exportState();
  const { postings } = state;
  const terms = termBytes(postings);
  const headerBytes = new TextEncoder().encode(JSON.stringify(headerOf(state, postings, terms)));
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
  view.setUint32(4, UNCOMPRESSED_FORMAT, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, PREAMBLE);
  let at = align4(PREAMBLE + headerBytes.length);
  for (const section of sections) {
    out.set(section, at);
    at = align4(at + section.length);
  }
  return out;
}

function termBytes(postings: FrozenPostings): Uint8Array {
  // Terms come from normalised text, which holds no line breaks; the list relies on that.
  if (postings.terms.some((term) => term.includes('\n')))
    throw new SnapshotFormatError('a term holds a line break');
  return new TextEncoder().encode(postings.terms.join('\n'));
}

function headerOf(state: TextIndexState, postings: FrozenPostings, terms: Uint8Array): Header {
  return {
    tokeniserVersion: state.tokeniserVersion,
    config: state.config,
    termCount: postings.terms.length,
    entryCount: postings.entries.length,
    termBytes: terms.length,
    ids: state.ids,
    filters: state.filters,
  };
}

function bytesOf(array: Uint32Array | Uint8Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * An index from {@link serialise}'s bytes, or {@link serialiseUncompressed}'s (whose numeric
 * sections are viewed in place when aligned, so those bytes must not be modified afterwards).
 *
 * @throws SnapshotFormatError when the bytes are not a snapshot of these formats and this tokeniser.
 */
export function load(bytes: Uint8Array): TextIndex {
  if (!littleEndian()) throw new SnapshotFormatError('snapshots are read on little-endian machines only');
  if (bytes.length < PREAMBLE || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotFormatError('not a text index snapshot (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version === UNCOMPRESSED_FORMAT) return loadUncompressed(bytes, view);
  if (version !== FORMAT_VERSION) {
    throw new SnapshotFormatError(
      `snapshot format ${version} is not supported (expected ${FORMAT_VERSION} or ${UNCOMPRESSED_FORMAT})`,
    );
  }
  const bodyLength = view.getUint32(8, true);
  let body: Uint8Array;
  try {
    body = decompressInOneBuffer(bytes.subarray(PREAMBLE), bodyLength);
  } catch (error) {
    throw new SnapshotFormatError('snapshot body does not decompress', { cause: error });
  }
  if (body.length !== bodyLength || bodyLength < 4)
    throw new SnapshotFormatError('snapshot is truncated (body)');
  const headerLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
  if (4 + headerLength > body.length) throw new SnapshotFormatError('snapshot is truncated (header)');
  const header = parseHeader<CompactHeader>(body.subarray(4, 4 + headerLength));
  let at = 4 + headerLength;
  const take = (length: number): Uint8Array => {
    if (!Number.isInteger(length) || length < 0 || at + length > body.length)
      throw new SnapshotFormatError('snapshot is truncated (sections)');
    const section = body.subarray(at, at + length);
    at += length;
    return section;
  };
  const docCount = header.ids.length;
  const fieldCount = header.config.fields.length;
  const countBytes = take(header.countBytes);
  const gapBytes = take(header.gapBytes);
  const lengthBytes = take(header.lengthBytes);
  const frequencies = take(header.entryCount).slice();
  const termText = new TextDecoder().decode(take(header.termBytes));
  const offsets = new Uint32Array(header.termCount + 1);
  const entries = new Uint32Array(header.entryCount);
  const fieldLengths = new Uint32Array(docCount * fieldCount);
  try {
    const counts = new VarintReader(countBytes);
    for (let t = 0; t < header.termCount; t++) offsets[t + 1] = offsets[t]! + counts.next();
    if (offsets[header.termCount] !== header.entryCount) throw new RangeError('term counts disagree');
    decodeGaps(gapBytes, offsets, entries);
    const lengths = new VarintReader(lengthBytes);
    for (let i = 0; i < fieldLengths.length; i++) fieldLengths[i] = lengths.next();
  } catch (error) {
    throw new SnapshotFormatError('snapshot sections disagree with its header', { cause: error });
  }
  return fromSections(header, { offsets, entries, frequencies, termText, fieldLengths });
}

/**
 * Brotli-decompresses bytes whose decompressed length is known into one buffer: the default 16 KB
 * chunks (thousands of buffers for a 100,000-listing body) and their concatenation double the memory
 * a load allocates outside the heap, which makes V8 collect the whole heap during a load. Answers
 * what came out (its length tells a truncated or longer body).
 */
export function decompressInOneBuffer(bytes: Uint8Array, length: number): Uint8Array {
  // One byte of room, so a body of exactly `length` bytes never asks for a second chunk.
  const size = Math.max(1, length) + 1;
  return brotliDecompressSync(bytes, { chunkSize: Math.max(64, size), maxOutputLength: size });
}

/**
 * Each term's entries from their gaps (the first one's from 0); the hot loop of a load, so varints
 * are read inline, term by term, with a one-byte gap (most of them) taking the short way.
 */
function decodeGaps(bytes: Uint8Array, offsets: Uint32Array, entries: Uint32Array): void {
  const size = bytes.length;
  let p = 0;
  for (let t = 0; t + 1 < offsets.length; t++) {
    const end = offsets[t + 1]!;
    let previous = 0;
    for (let e = offsets[t]!; e < end; e++) {
      if (p >= size) throw new RangeError('gaps are truncated');
      let byte = bytes[p++]!;
      if (byte < 0x80) {
        previous += byte;
      } else {
        let gap = byte & 0x7f;
        let scale = 128;
        do {
          if (p >= size || scale > 2 ** 28) throw new RangeError('gaps are truncated');
          byte = bytes[p++]!;
          gap += (byte & 0x7f) * scale;
          scale *= 128;
        } while (byte >= 0x80);
        previous += gap;
      }
      entries[e] = previous;
    }
  }
  if (p !== size) throw new RangeError('gaps disagree with the entry count');
}

function parseHeader<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch (error) {
    throw new SnapshotFormatError('snapshot header is not valid JSON', { cause: error });
  }
}

function fromSections(
  header: Header,
  sections: {
    offsets: Uint32Array;
    entries: Uint32Array;
    frequencies: Uint8Array;
    termText: string;
    fieldLengths: Uint32Array;
  },
): TextIndex {
  if (header.tokeniserVersion !== TOKENISER_VERSION) {
    throw new SnapshotFormatError(
      `snapshot was built with tokeniser ${header.tokeniserVersion}; this code tokenises with ${TOKENISER_VERSION}: rebuild it`,
    );
  }
  const { offsets, entries, frequencies, termText, fieldLengths } = sections;
  const terms = header.termCount === 0 ? [] : termText.split('\n');
  if (
    terms.length !== header.termCount ||
    offsets[header.termCount] !== header.entryCount ||
    header.filters.length !== header.ids.length
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

/** Format 1: the numeric sections raw and 4-aligned, viewed in place. */
function loadUncompressed(bytes: Uint8Array, view: DataView): TextIndex {
  const headerLength = view.getUint32(8, true);
  if (PREAMBLE + headerLength > bytes.length) throw new SnapshotFormatError('snapshot is truncated (header)');
  const header = parseHeader<Header>(bytes.subarray(PREAMBLE, PREAMBLE + headerLength));
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
  return fromSections(header, { offsets, entries, frequencies, termText, fieldLengths });
}
