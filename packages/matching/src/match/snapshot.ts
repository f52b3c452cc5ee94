import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { SnapshotFormatError } from '../errors.ts';
import { load, serialise, serialiseUncompressed } from '../index/snapshot.ts';
import type { TextIndex } from '../index/text-index.ts';
import type { StoredListing } from './engine.ts';
import type { NeedFeatures } from './types.ts';

/**
 * Engine snapshot layout (little-endian):
 *
 * | bytes | content |
 * |---|---|
 * | 4 | magic `OLME` |
 * | 4 | format version (u32) |
 * | 4 | header length H (u32) |
 * | H | header, UTF-8 JSON, brotli-compressed: engine version, section sizes, listings (without text), needs |
 * | pad | zeros up to a multiple of 8 |
 * | … | the listing index's text-index snapshot, padded to 8, then the need index's |
 *
 * Format 1, still read, differs only in an uncompressed header (and text-index snapshots of their
 * format 1).
 *
 * Listings are stored as rows (arrays), not objects, which keeps 100,000 of them small and quick to
 * parse; their text lives only in the listing index.
 */
const MAGIC = [0x4f, 0x4c, 0x4d, 0x45]; // OLME
const FORMAT_VERSION = 2;
const UNCOMPRESSED_FORMAT = 1;
const PREAMBLE = 12;
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

interface Header {
  readonly engineVersion: number;
  readonly listingIndexBytes: number;
  readonly needIndexBytes: number;
  readonly listings: readonly ListingRow[];
  readonly needs: readonly NeedFeatures[];
}

export interface EngineSnapshot {
  readonly engineVersion: number;
  readonly listingIndex: TextIndex;
  readonly needIndex: TextIndex;
  readonly listings: readonly StoredListing[];
  readonly needs: readonly NeedFeatures[];
}

/** `compressed: false` writes format 1 (what snapshots were before format 2), for tests and benchmarks. */
export function writeEngineSnapshot(snapshot: EngineSnapshot, { compressed = true } = {}): Uint8Array {
  const write = compressed ? serialise : serialiseUncompressed;
  const listingBytes = write(snapshot.listingIndex);
  const needBytes = write(snapshot.needIndex);
  const header: Header = {
    engineVersion: snapshot.engineVersion,
    listingIndexBytes: listingBytes.length,
    needIndexBytes: needBytes.length,
    listings: snapshot.listings.map((l) => [
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
    ]),
    needs: snapshot.needs,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = compressed
    ? brotliCompressSync(json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
    : json;
  const listingAt = align8(PREAMBLE + headerBytes.length);
  const needAt = align8(listingAt + listingBytes.length);
  const out = new Uint8Array(align8(needAt + needBytes.length));
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, compressed ? FORMAT_VERSION : UNCOMPRESSED_FORMAT, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, PREAMBLE);
  out.set(listingBytes, listingAt);
  out.set(needBytes, needAt);
  return out;
}

/** @throws SnapshotFormatError for bytes of another format, engine version or tokeniser. */
export function readEngineSnapshot(bytes: Uint8Array, engineVersion: number): EngineSnapshot {
  if (bytes.length < PREAMBLE || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotFormatError('not a match engine snapshot (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION && version !== UNCOMPRESSED_FORMAT) {
    throw new SnapshotFormatError(
      `engine snapshot format ${version} is not supported (expected ${FORMAT_VERSION} or ${UNCOMPRESSED_FORMAT})`,
    );
  }
  const headerLength = view.getUint32(8, true);
  if (PREAMBLE + headerLength > bytes.length) throw new SnapshotFormatError('engine snapshot is truncated');
  let header: Header;
  try {
    const stored = bytes.subarray(PREAMBLE, PREAMBLE + headerLength);
    const json = version === FORMAT_VERSION ? brotliDecompressSync(stored) : stored;
    header = JSON.parse(new TextDecoder().decode(json)) as Header;
  } catch (error) {
    throw new SnapshotFormatError('engine snapshot header is not valid (compressed) JSON', { cause: error });
  }
  if (header.engineVersion !== engineVersion) {
    throw new SnapshotFormatError(
      `snapshot was built by match engine ${header.engineVersion}; this is ${engineVersion}: rebuild it`,
    );
  }
  const listingAt = align8(PREAMBLE + headerLength);
  const needAt = align8(listingAt + header.listingIndexBytes);
  if (needAt + header.needIndexBytes > bytes.length)
    throw new SnapshotFormatError('engine snapshot is truncated');
  const listingIndex = load(bytes.subarray(listingAt, listingAt + header.listingIndexBytes));
  const needIndex = load(bytes.subarray(needAt, needAt + header.needIndexBytes));
  const listings = header.listings.map(
    ([
      id,
      kind,
      ipc,
      subclasses,
      industryChains,
      regionCode,
      holderName,
      royalty,
      start,
      end,
    ]): StoredListing => ({
      id,
      kind,
      ipc,
      subclasses,
      industryChains,
      regionCode,
      holderName,
      royalty,
      period: { start, end },
    }),
  );
  if (listings.length !== listingIndex.size || header.needs.length !== needIndex.size) {
    throw new SnapshotFormatError('engine snapshot sections disagree with its header');
  }
  return { engineVersion: header.engineVersion, listingIndex, needIndex, listings, needs: header.needs };
}
