import type { ListingKind } from '@openlicense/domain';

/** What a stored match names besides the engine's scores: kept beside the engine for each listing. */
export interface ListingInfo {
  kind: ListingKind;
  title: string;
  holderName: string;
}

/** What a stored match and its proposals name for each need. */
export interface NeedInfo {
  title: string;
  enterpriseOrgId: string;
  collectedByOrgId?: string;
}

export interface SnapshotHeader {
  /** ISO time the table read the snapshot was built from started: changes since then are applied on load. */
  builtAt: string;
  engineVersion: number;
  listings: Array<[id: string, info: ListingInfo]>;
  needs: Array<[id: string, info: NeedInfo]>;
}

const MAGIC = [0x4f, 0x4c, 0x4d, 0x53]; // 'OLMS'

/** The engine's bytes behind a small JSON header: `OLMS`, the header's length (u32 LE), the header, the engine. */
export function encodeSnapshot(header: SnapshotHeader, engine: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(8 + json.length + engine.length);
  bytes.set(MAGIC, 0);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  bytes.set(engine, 8 + json.length);
  return bytes;
}

/** The header and the engine's bytes, or undefined when `bytes` is not such a snapshot. */
export function decodeSnapshot(
  bytes: Uint8Array,
): { header: SnapshotHeader; engine: Uint8Array } | undefined {
  if (bytes.length < 8 || MAGIC.some((byte, i) => bytes[i] !== byte)) return undefined;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + length > bytes.length) return undefined;
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as SnapshotHeader;
    return { header, engine: bytes.subarray(8 + length) };
  } catch {
    return undefined;
  }
}
