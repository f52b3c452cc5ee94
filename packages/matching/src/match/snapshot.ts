import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { SnapshotFormatError } from '../errors.ts';
import { decompressInOneBuffer, load, serialise, serialiseUncompressed } from '../index/snapshot.ts';
import type { TextIndex } from '../index/text-index.ts';
import type { StoredListing } from './engine.ts';
import type { NeedFeatures } from './types.ts';

/**
 * Engine snapshot layout (little-endian), format 3:
 *
 * | bytes | content |
 * |---|---|
 * | 4 | magic `OLME` |
 * | 4 | format version (u32) |
 * | 4 | header length H (u32) |
 * | 4 | header length before compression (u32) |
 * | H | header, UTF-8 JSON, brotli-compressed: engine version, section sizes, listings (without text), needs |
 * | pad | zeros up to a multiple of 8 |
 * | … | the listing index's text-index snapshot, padded to 8, then the need index's |
 *
 * Listings are stored as columns of indexes into one table of distinct values (an IPC list, a
 * region, a holder, a royalty, a date is written and parsed once however many listings share it),
 * which keeps 100,000 of them small and quick to load; their text lives only in the listing index.
 *
 * Formats 1 and 2, still read: a 12-byte preamble (no uncompressed length) and listings as rows of
 * values; format 1's header is not compressed (and its text-index snapshots are their format 1).
 */
const MAGIC = [0x4f, 0x4c, 0x4d, 0x45]; // OLME
const FORMAT_VERSION = 3;
const ROWS_FORMAT = 2;
const UNCOMPRESSED_FORMAT = 1;
const PREAMBLE = 16;
const ROWS_PREAMBLE = 12;
const align8 = (n: number) => (n + 7) & ~7;

type ListingRow = [
  id: string,
  kind: StoredListing['kind'],
  ipc: readonly string[],
  subclasses: readonly string[],
  industryChains: readonly string[],
  regionCode: string,
  holderName: string,
  royalty: StoredListing['royalty'],
  periodStart: string,
  periodEnd: string,
];

interface Sizes {
  readonly engineVersion: number;
  readonly listingIndexBytes: number;
  readonly needIndexBytes: number;
  readonly needs: readonly NeedFeatures[];
}

/** Formats 1 and 2: a row per listing. */
interface RowsHeader extends Sizes {
  readonly listings: readonly ListingRow[];
}

/** The columns of a listing after its id, in {@link ColumnsHeader.listingValues} order. */
const COLUMNS = 9;

/** Format 3: listings as ids and, per listing, {@link COLUMNS} indexes into a table of distinct values. */
interface ColumnsHeader extends Sizes {
  readonly listingIds: readonly string[];
  /** kind, ipc, subclasses, industryChains, regionCode, holderName, royalty, period start, period end. */
  readonly listingValues: readonly number[];
  readonly values: readonly unknown[];
}

export interface EngineSnapshot {
  readonly engineVersion: number;
  readonly listingIndex: TextIndex;
  readonly needIndex: TextIndex;
  readonly listings: readonly StoredListing[];
  readonly needs: readonly NeedFeatures[];
}

const rowOf = (l: StoredListing): ListingRow => [
  l.id,
  l.kind,
  l.ipc,
  l.subclasses,
  l.industryChains,
  l.regionCode,
  l.holderName,
  l.royalty,
  l.period.start,
  l.period.end,
];

/** Listings as ids, value indexes and the table of distinct values (see {@link ColumnsHeader}). */
function listingColumns(
  listings: readonly StoredListing[],
): Pick<ColumnsHeader, 'listingIds' | 'listingValues' | 'values'> {
  const values: unknown[] = [];
  const indexOf = new Map<string, number>();
  const listingValues = new Array<number>(listings.length * COLUMNS);
  listings.forEach((listing, i) => {
    const row = rowOf(listing);
    for (let c = 0; c < COLUMNS; c++) {
      const value = row[c + 1];
      const key = JSON.stringify(value);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = values.push(value) - 1;
        indexOf.set(key, index);
      }
      listingValues[i * COLUMNS + c] = index;
    }
  });
  return { listingIds: listings.map((l) => l.id), listingValues, values };
}

/** `compressed: false` writes format 1 (what snapshots were before format 2), for tests and benchmarks. */
export function writeEngineSnapshot(snapshot: EngineSnapshot, { compressed = true } = {}): Uint8Array {
  const write = compressed ? serialise : serialiseUncompressed;
  const listingBytes = write(snapshot.listingIndex);
  const needBytes = write(snapshot.needIndex);
  const sizes = {
    engineVersion: snapshot.engineVersion,
    listingIndexBytes: listingBytes.length,
    needIndexBytes: needBytes.length,
  };
  const header: ColumnsHeader | RowsHeader = compressed
    ? { ...sizes, ...listingColumns(snapshot.listings), needs: snapshot.needs }
    : { ...sizes, listings: snapshot.listings.map(rowOf), needs: snapshot.needs };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = compressed
    ? brotliCompressSync(json, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length,
        },
      })
    : json;
  const preamble = compressed ? PREAMBLE : ROWS_PREAMBLE;
  const listingAt = align8(preamble + headerBytes.length);
  const needAt = align8(listingAt + listingBytes.length);
  const out = new Uint8Array(align8(needAt + needBytes.length));
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, compressed ? FORMAT_VERSION : UNCOMPRESSED_FORMAT, true);
  view.setUint32(8, headerBytes.length, true);
  if (compressed) view.setUint32(12, json.length, true);
  out.set(headerBytes, preamble);
  out.set(listingBytes, listingAt);
  out.set(needBytes, needAt);
  return out;
}

/** @throws SnapshotFormatError for bytes of another format, engine version or tokeniser. */
export function readEngineSnapshot(bytes: Uint8Array, engineVersion: number): EngineSnapshot {
  if (bytes.length < ROWS_PREAMBLE || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotFormatError('not a match engine snapshot (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION && version !== ROWS_FORMAT && version !== UNCOMPRESSED_FORMAT) {
    throw new SnapshotFormatError(
      `engine snapshot format ${version} is not supported (expected ${FORMAT_VERSION}, ${ROWS_FORMAT} or ${UNCOMPRESSED_FORMAT})`,
    );
  }
  const preamble = version === FORMAT_VERSION ? PREAMBLE : ROWS_PREAMBLE;
  const headerLength = view.getUint32(8, true);
  if (preamble + headerLength > bytes.length) throw new SnapshotFormatError('engine snapshot is truncated');
  let header: ColumnsHeader | RowsHeader;
  try {
    const stored = bytes.subarray(preamble, preamble + headerLength);
    let json: Uint8Array = stored;
    if (version === FORMAT_VERSION) {
      const jsonLength = view.getUint32(12, true);
      json = decompressInOneBuffer(stored, jsonLength);
      if (json.length !== jsonLength) throw new RangeError('header length disagrees with the preamble');
    } else if (version === ROWS_FORMAT) {
      json = brotliDecompressSync(stored);
    }
    header = JSON.parse(new TextDecoder().decode(json)) as ColumnsHeader | RowsHeader;
  } catch (error) {
    throw new SnapshotFormatError('engine snapshot header is not valid (compressed) JSON', { cause: error });
  }
  if (header.engineVersion !== engineVersion) {
    throw new SnapshotFormatError(
      `snapshot was built by match engine ${header.engineVersion}; this is ${engineVersion}: rebuild it`,
    );
  }
  const listingAt = align8(preamble + headerLength);
  const needAt = align8(listingAt + header.listingIndexBytes);
  if (needAt + header.needIndexBytes > bytes.length)
    throw new SnapshotFormatError('engine snapshot is truncated');
  const listingIndex = load(bytes.subarray(listingAt, listingAt + header.listingIndexBytes));
  const needIndex = load(bytes.subarray(needAt, needAt + header.needIndexBytes));
  const listings = listingsOfColumns('listingIds' in header ? header : columnsOfRows(header.listings));
  if (listings.length !== listingIndex.size || header.needs.length !== needIndex.size) {
    throw new SnapshotFormatError('engine snapshot sections disagree with its header');
  }
  return { engineVersion: header.engineVersion, listingIndex, needIndex, listings, needs: header.needs };
}

/**
 * Formats 1 and 2's rows as format 3's columns, each value its own (a legacy load, once per format
 * change), so one function builds the listings of every format.
 */
function columnsOfRows(
  rows: readonly ListingRow[],
): Pick<ColumnsHeader, 'listingIds' | 'listingValues' | 'values'> {
  if (!Array.isArray(rows)) throw new SnapshotFormatError('engine snapshot listings are not rows');
  const values: unknown[] = [];
  // A row that is not one gives values a listing cannot hold, which listingsOfColumns refuses.
  for (const row of rows)
    for (let c = 1; c <= COLUMNS; c++) values.push(Array.isArray(row) ? row[c] : undefined);
  return {
    listingIds: rows.map((row) => (Array.isArray(row) ? row[0] : '')),
    listingValues: Array.from({ length: values.length }, (_, i) => i),
    values,
  };
}

/**
 * The listings of columns (format 3's, or older rows turned into them). Listings with equal values
 * share them (one IPC list, one royalty object), so the values are frozen: a stored listing is never
 * changed in place, and this keeps it so.
 */
function listingsOfColumns(
  header: Pick<ColumnsHeader, 'listingIds' | 'listingValues' | 'values'>,
): StoredListing[] {
  const { listingIds, listingValues, values } = header;
  if (
    !Array.isArray(listingIds) ||
    !Array.isArray(values) ||
    !Array.isArray(listingValues) ||
    listingValues.length !== listingIds.length * COLUMNS
  ) {
    throw new SnapshotFormatError('engine snapshot listings disagree with their columns');
  }
  for (const value of values) if (typeof value === 'object' && value !== null) Object.freeze(value);
  const listings: StoredListing[] = new Array(listingIds.length);
  const value = (i: number, c: number): never => {
    const v = values[listingValues[i * COLUMNS + c]!];
    if (v === undefined)
      throw new SnapshotFormatError('engine snapshot listing names a value it does not hold');
    return v as never;
  };
  for (let i = 0; i < listingIds.length; i++) {
    listings[i] = {
      id: listingIds[i]!,
      kind: value(i, 0),
      ipc: value(i, 1),
      subclasses: value(i, 2),
      industryChains: value(i, 3),
      regionCode: value(i, 4),
      holderName: value(i, 5),
      royalty: value(i, 6),
      period: { start: value(i, 7), end: value(i, 8) },
    };
  }
  return listings;
}
