/**
 * Postings of the index in two tiers, like an LSM tree: a frozen tier in flat typed arrays
 * (compressed-sparse-row: sorted terms, offsets, entries) and a small delta tier of plain arrays
 * that takes new documents until it is merged in. An entry packs `doc << 4 | field`, so a term's
 * entries sort by document, then field; frequencies are clamped to 255 (BM25 saturates long before).
 */

export const FIELD_BITS = 4;
export const FIELD_MASK = (1 << FIELD_BITS) - 1;
/** Document numbers must fit the 28 bits left beside the field. */
export const MAX_DOCS = 2 ** (32 - FIELD_BITS);
export const MAX_FREQUENCY = 255;

export interface FrozenPostings {
  /** Term keys in ascending UTF-16 order. */
  readonly terms: readonly string[];
  /** `entries[offsets[t]..offsets[t + 1]]` belong to `terms[t]`. */
  readonly offsets: Uint32Array;
  readonly entries: Uint32Array;
  readonly frequencies: Uint8Array;
}

/** Per term, `[entry, frequency, entry, frequency, …]` in entry order. */
export type DeltaPostings = Map<string, number[]>;

export const EMPTY_FROZEN: FrozenPostings = {
  terms: [],
  offsets: new Uint32Array(1),
  entries: new Uint32Array(0),
  frequencies: new Uint8Array(0),
};

export function packEntry(doc: number, field: number): number {
  return ((doc << FIELD_BITS) | field) >>> 0;
}

/** Index of `key` in the frozen terms, or -1. */
export function findTerm(frozen: FrozenPostings, key: string): number {
  const { terms } = frozen;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const term = terms[mid]!;
    if (term < key) lo = mid + 1;
    else if (term > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Whether `doc` has any entry in `entries[start..end)` (entries sorted by document). */
export function frozenHasDoc(entries: Uint32Array, start: number, end: number, doc: number): boolean {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = entries[mid]! >>> FIELD_BITS;
    if (d < doc) lo = mid + 1;
    else if (d > doc) hi = mid - 1;
    else return true;
  }
  return false;
}

export function deltaHasDoc(list: readonly number[], doc: number): boolean {
  let lo = 0;
  let hi = list.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = list[mid * 2]! >>> FIELD_BITS;
    if (d < doc) lo = mid + 1;
    else if (d > doc) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Merges the delta into the frozen tier, dropping entries of documents whose new number is -1 and
 * renumbering the rest (`renumber` must keep their order). Terms left without entries disappear.
 */
export function mergePostings(
  frozen: FrozenPostings,
  delta: DeltaPostings,
  deltaEntryCount: number,
  renumber: Int32Array,
): FrozenPostings {
  const deltaTerms = [...delta.keys()].sort();
  const capacity = frozen.entries.length + deltaEntryCount;
  let entries = new Uint32Array(capacity);
  let frequencies = new Uint8Array(capacity);
  const terms: string[] = [];
  const offsets: number[] = [0];
  let n = 0;

  const copyFrozen = (t: number) => {
    const end = frozen.offsets[t + 1]!;
    for (let p = frozen.offsets[t]!; p < end; p++) {
      const e = frozen.entries[p]!;
      const doc = renumber[e >>> FIELD_BITS]!;
      if (doc < 0) continue;
      entries[n] = packEntry(doc, e & FIELD_MASK);
      frequencies[n++] = frozen.frequencies[p]!;
    }
  };
  const copyDelta = (list: readonly number[]) => {
    for (let i = 0; i < list.length; i += 2) {
      const e = list[i]!;
      const doc = renumber[e >>> FIELD_BITS]!;
      if (doc < 0) continue;
      entries[n] = packEntry(doc, e & FIELD_MASK);
      frequencies[n++] = list[i + 1]!;
    }
  };
  const close = (term: string) => {
    if (n > offsets[offsets.length - 1]!) {
      terms.push(term);
      offsets.push(n);
    }
  };

  let f = 0;
  let d = 0;
  while (f < frozen.terms.length || d < deltaTerms.length) {
    const ft = frozen.terms[f];
    const dt = deltaTerms[d];
    if (dt === undefined || (ft !== undefined && ft < dt)) {
      copyFrozen(f++);
      close(ft!);
    } else if (ft === undefined || dt < ft) {
      copyDelta(delta.get(dt)!);
      d++;
      close(dt);
    } else {
      // Every delta document is numbered after every frozen one, so frozen entries come first.
      copyFrozen(f++);
      copyDelta(delta.get(dt)!);
      d++;
      close(dt);
    }
  }
  if (n < capacity) {
    entries = entries.slice(0, n);
    frequencies = frequencies.slice(0, n);
  }
  return { terms, offsets: Uint32Array.from(offsets), entries, frequencies };
}
