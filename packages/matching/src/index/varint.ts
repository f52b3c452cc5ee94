/**
 * Unsigned LEB128 varints (7 bits a byte, low bits first, high bit set on every byte but the last):
 * the compact snapshot writes postings as gaps between sorted entries this way, one byte for most.
 */

/** Bytes {@link writeVarint} takes for `value` (an integer in 0..2^32 − 1). */
export function varintLength(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** Writes `value` at `at`; answers the position after it. */
export function writeVarint(out: Uint8Array, at: number, value: number): number {
  let v = value;
  let p = at;
  while (v >= 0x80) {
    out[p++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  out[p++] = v;
  return p;
}

/** Reads varints from `bytes`; `at` is where the next one starts. */
export class VarintReader {
  at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** @throws RangeError when the bytes end inside a varint or it exceeds 32 bits. */
  next(): number {
    const { bytes } = this;
    let p = this.at;
    let byte = bytes[p++];
    if (byte === undefined) throw new RangeError('varints end too early');
    let value = byte & 0x7f;
    let scale = 128;
    while (byte! >= 0x80) {
      byte = bytes[p++];
      if (byte === undefined || scale > 2 ** 28) throw new RangeError('varint is truncated or too long');
      value += (byte & 0x7f) * scale;
      scale *= 128;
    }
    this.at = p;
    return value;
  }
}
