import { TextIndexInputError } from '../errors.ts';
import { normalise } from '../text/normalise.ts';
import {
  analyseQuery,
  type QueryAnalysis,
  scanNormalised,
  TOKENISER_VERSION,
  type Token,
  termKey,
} from '../text/tokenise.ts';
import { resolveConfig, type TextIndexConfig, type TextIndexOptions } from './config.ts';
import { describeMatch } from './explain.ts';
import {
  type DeltaPostings,
  deltaHasDoc,
  EMPTY_FROZEN,
  type FrozenPostings,
  findTerm,
  frozenHasDoc,
  MAX_DOCS,
  MAX_FREQUENCY,
  mergePostings,
  FIELD_BITS as POSTINGS_FIELD_BITS,
  FIELD_MASK as POSTINGS_FIELD_MASK,
  packEntry,
} from './postings.ts';
import { queryKeys } from './query-keys.ts';
import { TopK } from './top-k.ts';

// Module constants of their own, read in the loops over postings: a CommonJS transpile (tsx, which
// runs the benchmarks) reads an imported binding through a getter on every use.
const FIELD_BITS = POSTINGS_FIELD_BITS;
const FIELD_MASK = POSTINGS_FIELD_MASK;

export type FilterValue = string | number | readonly string[];
export type Filters = Readonly<Record<string, FilterValue>>;

export interface TextDocument {
  readonly id: string;
  /** Text per configured field; an array's items are tokenised apart (no bigram spans two items). */
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
  /** Values a search may filter on; kept as given (a copy) and stored in snapshots. */
  readonly filters?: Filters;
}

export interface SearchOptions {
  readonly limit: number;
  readonly offset?: number;
  /** Keeps only documents whose filters pass; documents without filters get `{}`. */
  readonly filter?: (filters: Filters) => boolean;
  /** Whether hits list the query terms they matched (default true); costs a lookup per term and hit. */
  readonly matched?: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Query terms the document matched, for an explanation ("匹配：锂离子电池、隔膜"). */
  readonly matched: string[];
}

export interface SearchResult {
  /** Documents that matched at least one query term and passed the filter. */
  readonly total: number;
  readonly hits: SearchHit[];
}

/** Everything a snapshot holds; the index is rebuilt from it without tokenising anything. */
export interface TextIndexState {
  readonly tokeniserVersion: number;
  readonly config: TextIndexConfig;
  readonly ids: readonly string[];
  readonly filters: readonly (Filters | null)[];
  /** `fieldLengths[doc * fieldCount + field]`: tokens of that field. */
  readonly fieldLengths: Uint32Array;
  readonly postings: FrozenPostings;
}

/** A document tokenised for {@link TextIndex.scoreDocument}: tokens per field and per term. */
export class PreparedDocument {
  constructor(
    readonly lengths: readonly number[],
    /** Term key → occurrences in each field. */
    readonly frequencies: ReadonlyMap<string, readonly number[]>,
  ) {}
}

/** What one occurrence in a field adds to a document's tf̃: `weight / (1 − b + b · len / avgLen)`. */
function fieldNorm(weight: number, lengthBase: number, lengthScale: number, length: number): number {
  return weight / (lengthBase + lengthScale * length);
}

const NO_FILTERS: Filters = Object.freeze({});

interface Scoring {
  readonly fieldWeight: readonly number[];
  readonly lengthBase: readonly number[];
  readonly lengthScale: readonly number[];
  /** Lengths `0..stride` of every field have a norm in {@link norms}. */
  readonly stride: number;
  /**
   * `norms[field * stride + length]`: what one occurrence in a field of that length adds to tf̃ (see
   * {@link fieldNorm}). A norm depends on the field's length and average only, never on the document,
   * so one table per average serves every document: a change that moves an average rebuilds the table
   * (a few hundred entries per field) instead of every document's norms.
   */
  readonly norms: Float64Array;
}

/** Cached frequencies kept at most; past this the cache starts again (a rare, bounded recount). */
const MAX_CACHED_FREQUENCIES = 1 << 20;
/** Below this many delta entries a merge is not worth its pass over the frozen tier. */
const MIN_DELTA_ENTRIES = 1 << 16;
const MIN_DEAD_DOCS = 1024;

/** The frozen postings turned around: each document's distinct terms (see `TextIndex.forward`). */
function forwardIndex(
  frozen: FrozenPostings,
  docCount: number,
): { offsets: Uint32Array; terms: Uint32Array } {
  const { entries, offsets: termOffsets, terms: keys } = frozen;
  const counts = new Uint32Array(docCount + 1);
  for (let t = 0; t < keys.length; t++) {
    let previous = -1;
    const end = termOffsets[t + 1]!;
    for (let p = termOffsets[t]!; p < end; p++) {
      const d = entries[p]! >>> FIELD_BITS;
      if (d !== previous) counts[d + 1]!++;
      previous = d;
    }
  }
  for (let d = 0; d < docCount; d++) counts[d + 1]! += counts[d]!;
  const fill = counts.slice(0, docCount);
  const terms = new Uint32Array(counts[docCount]!);
  for (let t = 0; t < keys.length; t++) {
    let previous = -1;
    const end = termOffsets[t + 1]!;
    for (let p = termOffsets[t]!; p < end; p++) {
      const d = entries[p]! >>> FIELD_BITS;
      if (d !== previous) terms[fill[d]!++] = t;
      previous = d;
    }
  }
  return { offsets: counts, terms };
}

/** A frozen copy, so neither the caller nor a filter callback can change what is indexed. */
function freezeFilters(id: string, filters: Filters): Filters {
  for (const [name, value] of Object.entries(filters)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TextIndexInputError(`document ${id}: filter ${name} must be a finite number`);
    }
  }
  return Object.freeze(
    Object.fromEntries(
      Object.entries(filters).map(([name, value]) => [
        name,
        typeof value === 'object' ? Object.freeze([...value]) : value,
      ]),
    ),
  );
}

/** Freezes filters the index already owns (parsed from a snapshot) without copying them. */
function freezeInPlace(filters: Filters): Filters {
  for (const value of Object.values(filters)) if (typeof value === 'object') Object.freeze(value);
  return Object.freeze(filters);
}

/**
 * An in-memory inverted index with BM25F ranking over weighted fields (title ×3, keywords ×2,
 * abstract ×1, targets ×2 by default). Documents get dense numbers; postings live in typed arrays
 * (see `postings.ts`); removal marks a document dead and the next merge drops it.
 *
 * Scores use, per query term t with weight w (kind weight × synonym weight):
 * `w · idf(t) · tf̃ / (k1 + tf̃)`, `tf̃ = Σ_field weight · tf / (1 − b + b · len / avgLen)`,
 * `idf = ln(1 + (N − df + 0.5) / (df + 0.5))`, over live documents only.
 *
 * @example
 * const index = new TextIndex();
 * index.add({ id: 'L1', fields: { title: '一种锂离子电池隔膜' }, filters: { ipc: ['H01M'] } });
 * index.search('锂电池 隔膜', { limit: 10 }).hits[0]?.id // 'L1'
 */
export class TextIndex {
  readonly config: TextIndexConfig;
  private readonly fieldIndex: ReadonlyMap<string, number>;
  private readonly fieldCount: number;

  private ids: (string | undefined)[] = [];
  private filters: (Filters | undefined)[] = [];
  private readonly docOf = new Map<string, number>();
  private alive = new Uint8Array(0);
  private fieldLengths: Uint32Array = new Uint32Array(0);
  private readonly totalLengths: Float64Array;
  private docCount = 0;
  private mergeCount = 0;
  private liveCount = 0;

  private frozen: FrozenPostings = EMPTY_FROZEN;
  private delta: DeltaPostings = new Map();
  private deltaEntries = 0;

  // Scratch for searches, one slot per document number, all zero between searches.
  private scores = new Float64Array(0);
  private touched = new Uint32Array(0);
  private termDocs = new Uint32Array(0);
  private termScores = new Float64Array(0);
  private alternativeSum = new Float64Array(0);
  private alternativeTouched = new Uint32Array(0);
  private groupBest = new Float64Array(0);
  private groupTouched = new Uint32Array(0);
  /** Longest field of each kind ever indexed (never lowered): the norm table's reach. */
  private readonly maxLengths: Uint32Array;
  /** Scoring constants and the norm table; rebuilt when an average length moved. */
  private scoring: Scoring | undefined;
  /**
   * Live documents holding a term, for the terms asked about so far: each term key's slot in
   * {@link slotFrequencies}. Always current: a change adds or subtracts one for each term of the
   * document it adds or removes (see {@link termsOf}), never clearing the cache.
   */
  private readonly termSlots = new Map<string, number>();
  /** `slotFrequencies[termSlots.get(key)]`: the cached frequency of `key` (see {@link termSlot}). */
  private slotFrequencies = new Int32Array(1024);
  /** Bumped when the cache starts again: slots handed out before name other terms (or none). */
  private slotEpoch = 0;
  /** `idfTable[df]` for {@link idfCount} live documents, NaN where not worked out yet (see {@link idf}). */
  private idfTable = new Float64Array(0);
  private idfCount = -1;
  /** The distinct term keys of each delta document, kept until a merge (for {@link remove}). */
  private deltaKeys = new Map<number, readonly string[]>();
  /**
   * Frozen documents' terms (`terms[offsets[doc]..offsets[doc + 1]]`, indexes into the frozen
   * terms): the postings turned around, built at the first removal of a frozen document after a load
   * or merge, once per merge (one pass over the postings), dropped by the next merge.
   */
  private forward: { offsets: Uint32Array; terms: Uint32Array } | undefined;

  constructor(options: TextIndexOptions = {}) {
    this.config = resolveConfig(options);
    this.fieldCount = this.config.fields.length;
    this.fieldIndex = new Map(this.config.fields.map((f, i) => [f.name, i]));
    this.totalLengths = new Float64Array(this.fieldCount);
    this.maxLengths = new Uint32Array(this.fieldCount);
  }

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  /** Merges so far (see {@link merge}): a change that merged paid for a pass over the whole index. */
  get merges(): number {
    return this.mergeCount;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  /** Indexes a new document; refuses an id already present (use {@link update}). */
  add(doc: TextDocument): void {
    if (typeof doc.id !== 'string' || doc.id === '')
      throw new TextIndexInputError('document id must be a non-empty string');
    if (this.docOf.has(doc.id))
      throw new TextIndexInputError(`document ${doc.id} is already indexed; use update`);
    if (this.docCount >= MAX_DOCS) this.merge();
    if (this.docCount >= MAX_DOCS)
      throw new TextIndexInputError(`an index holds at most ${MAX_DOCS} documents`);
    const { texts, fieldOfText } = this.fieldTexts(doc);
    const filters = doc.filters === undefined ? undefined : freezeFilters(doc.id, doc.filters);

    const d = this.docCount++;
    this.ensureDocCapacity(this.docCount);
    this.ids[d] = doc.id;
    this.filters[d] = filters;
    this.docOf.set(doc.id, d);
    this.alive[d] = 1;
    this.liveCount++;
    const lengths = this.fieldLengths;
    const base = d * this.fieldCount;
    const keys: string[] = [];
    scanNormalised(texts, (text, kind, part) => {
      const f = fieldOfText[part]!;
      lengths[base + f]!++;
      const key = kind === 'bigram' ? termKey({ text, kind }) : text;
      const entry = packEntry(d, f);
      let list = this.delta.get(key);
      if (list === undefined) {
        list = [];
        this.delta.set(key, list);
      }
      // Tokens arrive document by document, field by field (in order): a repeat is the last entry.
      const last = list.length - 2;
      if (last >= 0 && list[last] === entry) {
        if (list[last + 1]! < MAX_FREQUENCY) list[last + 1]!++;
      } else {
        // The document's first entry in this list (its fields come in order) is its first use of the key.
        if (last < 0 || list[last]! >>> FIELD_BITS !== d) keys.push(key);
        list.push(entry, 1);
        this.deltaEntries++;
      }
    });
    this.deltaKeys.set(d, keys);
    this.countHolders(keys, 1);
    for (let f = 0; f < this.fieldCount; f++) {
      this.totalLengths[f]! += lengths[base + f]!;
      if (lengths[base + f]! > this.maxLengths[f]!) this.maxLengths[f] = lengths[base + f]!;
    }
    if (this.deltaEntries > Math.max(MIN_DELTA_ENTRIES, this.frozen.entries.length / 4)) this.merge();
  }

  /** Forgets a document; answers whether it was there. */
  remove(id: string): boolean {
    const d = this.docOf.get(id);
    if (d === undefined) return false;
    this.docOf.delete(id);
    this.alive[d] = 0;
    this.countHolders(this.termsOf(d), -1);
    this.deltaKeys.delete(d);
    this.liveCount--;
    this.ids[d] = undefined;
    this.filters[d] = undefined;
    for (let f = 0; f < this.fieldCount; f++) {
      this.totalLengths[f]! -= this.fieldLengths[d * this.fieldCount + f]!;
    }
    const dead = this.docCount - this.liveCount;
    if (dead > Math.max(MIN_DEAD_DOCS, this.docCount / 4)) this.merge();
    return true;
  }

  /** Replaces the document with the same id, or adds it. */
  update(doc: TextDocument): void {
    this.remove(doc.id);
    this.add(doc);
  }

  /**
   * Documents matching any query term, best first (score, then id). Synonyms of query terms count
   * at a lower weight. `total` counts every match that passed the filter, not only this page.
   */
  search(query: string, options: SearchOptions): SearchResult {
    return this.searchAnalysis(analyseQuery(query), options);
  }

  /** {@link search} with a query already analysed (and possibly pruned, see {@link termWeight}). */
  searchAnalysis(analysis: QueryAnalysis, options: SearchOptions): SearchResult {
    const { limit, offset = 0, filter, matched = true } = options;
    if (!Number.isInteger(limit) || limit < 0)
      throw new TextIndexInputError(`limit must be an integer >= 0, got ${limit}`);
    if (!Number.isInteger(offset) || offset < 0)
      throw new TextIndexInputError(`offset must be an integer >= 0, got ${offset}`);
    if (this.liveCount === 0 || analysis.tokens.length === 0) return { total: 0, hits: [] };
    const scoring = this.prepareScoring();
    const { scores, touched } = this;
    let touchedCount = 0;
    const addTo = (d: number, value: number) => {
      if (scores[d] === 0) touched[touchedCount++] = d;
      scores[d]! += value;
    };

    const coreKeys = queryKeys(analysis).core;
    for (let i = 0; i < analysis.core.length; i++) {
      touchedCount = this.accumulateTerm(analysis.core[i]!, coreKeys[i]!, scoring, touchedCount);
    }
    for (const group of analysis.synonyms) {
      // A document scores the best of "what the query said" and each synonym, not their sum.
      const { groupBest, groupTouched, alternativeSum, alternativeTouched } = this;
      let groupCount = 0;
      for (const alternative of [group.said, ...group.alternatives]) {
        let alternativeCount = 0;
        for (const token of alternative) {
          const n = this.scanTerm(token, scoring);
          for (let j = 0; j < n; j++) {
            const d = this.termDocs[j]!;
            if (alternativeSum[d] === 0) alternativeTouched[alternativeCount++] = d;
            alternativeSum[d]! += this.termScores[j]!;
          }
        }
        for (let i = 0; i < alternativeCount; i++) {
          const d = alternativeTouched[i]!;
          if (groupBest[d] === 0) groupTouched[groupCount++] = d;
          if (alternativeSum[d]! > groupBest[d]!) groupBest[d] = alternativeSum[d]!;
          alternativeSum[d] = 0;
        }
      }
      for (let i = 0; i < groupCount; i++) {
        const d = groupTouched[i]!;
        addTo(d, groupBest[d]!);
        groupBest[d] = 0;
      }
    }

    const top = new TopK(offset + limit, (d) => this.ids[d]!);
    let total = 0;
    try {
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i]!;
        if (filter !== undefined && !filter(this.filters[d] ?? NO_FILTERS)) continue;
        total++;
        top.offer(d, scores[d]!);
      }
    } finally {
      // Scores are scratch shared by every search: leave them zeroed even if the filter throws.
      for (let i = 0; i < touchedCount; i++) scores[touched[i]!] = 0;
    }
    const hits = top
      .sorted()
      .slice(offset)
      .map(({ doc, score }) => ({
        id: this.ids[doc]!,
        score,
        matched: matched ? this.matchedTermsOf(analysis, [this.ids[doc]!])[0]! : [],
      }));
    return { total, hits };
  }

  /** A document's fields tokenised once, for {@link scoreDocument}. */
  prepareDocument(fields: TextDocument['fields']): PreparedDocument {
    const { texts, fieldOfText } = this.fieldTexts({ id: '(scored)', fields });
    const lengths = new Array<number>(this.fieldCount).fill(0);
    const frequencies = new Map<string, number[]>();
    scanNormalised(texts, (text, kind, part) => {
      const f = fieldOfText[part]!;
      lengths[f]!++;
      const key = kind === 'bigram' ? termKey({ text, kind }) : text;
      let perField = frequencies.get(key);
      if (perField === undefined) {
        perField = new Array<number>(this.fieldCount).fill(0);
        frequencies.set(key, perField);
      }
      if (perField[f]! < MAX_FREQUENCY) perField[f]!++;
    });
    return new PreparedDocument(lengths, frequencies);
  }

  /** What the indexed document `id` matched of the query, as {@link SearchHit.matched}; [] if unknown. */
  matchedTerms(analysis: QueryAnalysis, id: string): string[] {
    return this.matchedTermsOf(analysis, [id])[0]!;
  }

  /**
   * {@link matchedTerms} for several documents, looking each query term up once. Only the query's
   * own terms can have matched (a pruned query keeps fewer terms than its runs have bigrams).
   */
  matchedTermsOf(analysis: QueryAnalysis, ids: readonly string[]): string[][] {
    return this.matchedKeysOf(analysis, ids).map((matched) => describeMatch(analysis, matched));
  }

  /** The keys (see {@link termKey}) of the query's tokens each indexed document holds; empty if unknown. */
  matchedKeysOf(analysis: QueryAnalysis, ids: readonly string[]): Set<string>[] {
    const keys = queryKeys(analysis).tokens;
    const terms = keys.map((key) => ({
      key,
      frozen: findTerm(this.frozen, key),
      delta: this.delta.get(key),
    }));
    const { entries, offsets } = this.frozen;
    return ids.map((id) => {
      const matched = new Set<string>();
      const doc = this.docOf.get(id);
      if (doc === undefined) return matched;
      for (const { key, frozen, delta } of terms) {
        if (
          (frozen >= 0 && frozenHasDoc(entries, offsets[frozen]!, offsets[frozen + 1]!, doc)) ||
          (delta !== undefined && deltaHasDoc(delta, doc))
        ) {
          matched.add(key);
        }
      }
      return matched;
    });
  }

  /**
   * Live documents holding the term (a key from {@link termKey}): counted from the postings the
   * first time, then kept current by every add and remove (see {@link countHolders}), so the same
   * integer a fresh index over the live documents would count.
   */
  documentFrequency(key: string): number {
    // termSlot may grow the array: read it after.
    const slot = this.termSlot(key);
    return this.slotFrequencies[slot]!;
  }

  /**
   * A handle on the term's cached {@link documentFrequency}, read with {@link frequencyAt}: a caller
   * that asks about the same terms after every change resolves their keys once instead of hashing
   * them each time. Valid while {@link termSlotEpoch} stays the same (the cache is bounded: past
   * {@link MAX_CACHED_FREQUENCIES} terms it starts again).
   */
  termSlot(key: string): number {
    const cached = this.termSlots.get(key);
    if (cached !== undefined) return cached;
    let n = 0;
    let current = -1;
    const t = findTerm(this.frozen, key);
    if (t >= 0) {
      const { entries, offsets } = this.frozen;
      const end = offsets[t + 1]!;
      for (let p = offsets[t]!; p < end; p++) {
        const d = entries[p]! >>> FIELD_BITS;
        if (d !== current && this.alive[d] === 1) n++;
        current = d;
      }
    }
    const list = this.delta.get(key);
    if (list !== undefined) {
      for (let p = 0; p < list.length; p += 2) {
        const d = list[p]! >>> FIELD_BITS;
        if (d !== current && this.alive[d] === 1) n++;
        current = d;
      }
    }
    if (this.termSlots.size >= MAX_CACHED_FREQUENCIES) {
      this.termSlots.clear();
      this.slotEpoch++;
    }
    const slot = this.termSlots.size;
    if (slot >= this.slotFrequencies.length) {
      const grown = new Int32Array(Math.min(MAX_CACHED_FREQUENCIES, this.slotFrequencies.length * 2));
      grown.set(this.slotFrequencies);
      this.slotFrequencies = grown;
    }
    this.slotFrequencies[slot] = n;
    this.termSlots.set(key, slot);
    return slot;
  }

  /** The live documents holding the term of a {@link termSlot} handle (current after every change). */
  frequencyAt(slot: number): number {
    return this.slotFrequencies[slot]!;
  }

  /** Changes when handles from {@link termSlot} stop being valid. */
  get termSlotEpoch(): number {
    return this.slotEpoch;
  }

  /**
   * `ln(1 + (N − df + 0.5) / (df + 0.5))` over the N live documents: the idf every score uses, the
   * same expression, worked out once per frequency while N stays the same.
   */
  idf(df: number): number {
    const n = this.liveCount;
    if (this.idfCount !== n) {
      if (this.idfTable.length < n + 1) this.idfTable = new Float64Array(Math.max(64, (n + 1) * 1.25) | 0);
      this.idfTable.fill(Number.NaN);
      this.idfCount = n;
    }
    if (df > n) return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    let value = this.idfTable[df]!;
    if (Number.isNaN(value)) {
      value = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.idfTable[df] = value;
    }
    return value;
  }

  /** Adds `step` to the cached frequency of each of a document's distinct term keys. */
  private countHolders(keys: Iterable<string>, step: 1 | -1): void {
    const slots = this.termSlots;
    if (slots.size === 0) return;
    const frequencies = this.slotFrequencies;
    for (const key of keys) {
      const slot = slots.get(key);
      if (slot !== undefined) frequencies[slot]! += step;
    }
  }

  /** The distinct term keys document `d` holds: kept for delta documents, read off {@link forward} for frozen ones. */
  private *termsOf(d: number): Generator<string> {
    const kept = this.deltaKeys.get(d);
    if (kept !== undefined) {
      yield* kept;
      return;
    }
    if (this.termSlots.size === 0) return;
    this.forward ??= forwardIndex(this.frozen, this.docCount);
    const { offsets, terms } = this.forward;
    const end = offsets[d + 1] ?? offsets[offsets.length - 1]!;
    for (let i = offsets[d] ?? end; i < end; i++) yield this.frozen.terms[terms[i]!]!;
  }

  /**
   * The most a document can score on one query token: kind weight × synonym weight × idf (0 when no
   * document holds it). Summed over a query it bounds every score, which normalises them.
   */
  termWeight(token: Token): number {
    const n = this.documentFrequency(termKey(token));
    if (n === 0) return 0;
    const idf = this.idf(n);
    return this.config.kindWeights[token.kind] * (token.weight ?? 1) * idf;
  }

  /**
   * The score a document with these fields would get from {@link searchAnalysis} against this
   * index's statistics, bit for bit the same as a search's when the document is indexed as given.
   * Nothing is added to the index. Pass a {@link prepareDocument} result to score one document
   * against many queries without tokenising it each time.
   */
  scoreDocument(analysis: QueryAnalysis, document: TextDocument['fields'] | PreparedDocument): number {
    if (this.liveCount === 0 || analysis.tokens.length === 0) return 0;
    const { lengths, frequencies } =
      document instanceof PreparedDocument ? document : this.prepareDocument(document);
    const scoring = this.prepareScoring();
    const { k1 } = this.config;
    const termScore = (token: Token, key: string): number => {
      const perField = frequencies.get(key);
      if (perField === undefined) return 0;
      const n = this.documentFrequency(key);
      if (n === 0) return 0;
      let tf = 0;
      for (let f = 0; f < this.fieldCount; f++) {
        if (perField[f] === 0) continue;
        tf +=
          perField[f]! *
          fieldNorm(scoring.fieldWeight[f]!, scoring.lengthBase[f]!, scoring.lengthScale[f]!, lengths[f]!);
      }
      const idf = this.idf(n);
      const weight = this.config.kindWeights[token.kind] * (token.weight ?? 1) * idf;
      return (tf / (k1 + tf)) * weight;
    };
    let score = 0;
    const coreKeys = queryKeys(analysis).core;
    for (let i = 0; i < analysis.core.length; i++) {
      const value = termScore(analysis.core[i]!, coreKeys[i]!);
      if (value !== 0) score += value;
    }
    for (const group of analysis.synonyms) {
      let best = 0;
      for (const alternative of [group.said, ...group.alternatives]) {
        let sum = 0;
        for (const token of alternative) {
          const value = termScore(token, termKey(token));
          if (value !== 0) sum += value;
        }
        if (sum > best) best = sum;
      }
      if (best !== 0) score += best;
    }
    return score;
  }

  /** Folds the delta into the frozen tier and drops removed documents. Searches are unaffected. */
  merge(): void {
    this.mergeCount++;
    // Cached frequencies survive (a merge keeps every live document); the per-document term lists
    // name document numbers and frozen terms that the merge changes, so they go.
    this.deltaKeys = new Map();
    this.forward = undefined;
    const renumber = new Int32Array(this.docCount);
    let next = 0;
    for (let d = 0; d < this.docCount; d++) renumber[d] = this.alive[d] === 1 ? next++ : -1;
    this.frozen = mergePostings(this.frozen, this.delta, this.deltaEntries, renumber);
    this.delta = new Map();
    this.deltaEntries = 0;

    const ids: string[] = [];
    const filters: (Filters | undefined)[] = [];
    const fieldLengths = new Uint32Array(next * this.fieldCount);
    for (let d = 0; d < this.docCount; d++) {
      const to = renumber[d]!;
      if (to < 0) continue;
      ids.push(this.ids[d]!);
      filters.push(this.filters[d]);
      this.docOf.set(this.ids[d]!, to);
      fieldLengths.set(
        this.fieldLengths.subarray(d * this.fieldCount, (d + 1) * this.fieldCount),
        to * this.fieldCount,
      );
    }
    this.ids = ids;
    this.filters = filters;
    this.fieldLengths = fieldLengths;
    this.alive = new Uint8Array(next).fill(1);
    this.docCount = next;
  }

  /** The whole index as plain data, merged first (see `snapshot.ts`). */
  exportState(): TextIndexState {
    this.merge();
    return {
      tokeniserVersion: TOKENISER_VERSION,
      config: this.config,
      ids: this.ids as string[],
      filters: this.filters.map((f) => f ?? null),
      fieldLengths: this.fieldLengths,
      postings: this.frozen,
    };
  }

  /** Rebuilds an index from {@link exportState}'s output; the arrays are adopted, not copied. */
  static fromState(state: TextIndexState): TextIndex {
    const index = new TextIndex({
      fields: Object.fromEntries(state.config.fields.map((f) => [f.name, { weight: f.weight, b: f.b }])),
      k1: state.config.k1,
      kindWeights: state.config.kindWeights,
    });
    const count = state.ids.length;
    index.ids = [...state.ids];
    index.filters = state.filters.map((f) => (f === null ? undefined : freezeInPlace(f)));
    state.ids.forEach((id, d) => {
      index.docOf.set(id, d);
    });
    index.alive = new Uint8Array(count).fill(1);
    index.fieldLengths = state.fieldLengths;
    for (let d = 0; d < count; d++) {
      for (let f = 0; f < index.fieldCount; f++) {
        const length = state.fieldLengths[d * index.fieldCount + f]!;
        index.totalLengths[f]! += length;
        if (length > index.maxLengths[f]!) index.maxLengths[f] = length;
      }
    }
    index.docCount = count;
    index.liveCount = count;
    index.frozen = state.postings;
    return index;
  }

  /**
   * Per-search constants of the BM25F formula and the norm table. The averages are worked out from
   * the integer totals and the live count each time (a few divisions); the table is rebuilt only
   * when one of them moved or a field grew longer than it reaches. Its entries are
   * `fieldNorm(weight, 1 − b, b / (total / live), length)` of exactly the numbers an index built
   * afresh from the live documents would hold (totals are sums of integers below 2^53, so exact in
   * any order), hence bit for bit the norms such an index would use.
   */
  private prepareScoring(): Scoring {
    this.ensureScratch();
    const lengthScale = this.config.fields.map((f, i) => {
      const average = this.totalLengths[i]! / this.liveCount;
      return average > 0 ? f.b / average : 0;
    });
    let stride = 1;
    for (let f = 0; f < this.fieldCount; f++) stride = Math.max(stride, this.maxLengths[f]! + 1);
    const current = this.scoring;
    if (
      current !== undefined &&
      current.stride >= stride &&
      lengthScale.every((scale, f) => scale === current.lengthScale[f])
    ) {
      return current;
    }
    const fieldWeight = this.config.fields.map((f) => f.weight);
    const lengthBase = this.config.fields.map((f) => 1 - f.b);
    const norms = new Float64Array(this.fieldCount * stride);
    for (let f = 0; f < this.fieldCount; f++) {
      for (let length = 0; length < stride; length++) {
        norms[f * stride + length] = fieldNorm(fieldWeight[f]!, lengthBase[f]!, lengthScale[f]!, length);
      }
    }
    this.scoring = { fieldWeight, lengthBase, lengthScale, stride, norms };
    return this.scoring;
  }

  /**
   * Adds one query term's score to every live document holding it, in one pass over its postings
   * (the same values, bit for bit, as {@link scanTerm} followed by adding them): scores the search's
   * `scores`, records newly touched documents in `touched` from `touchedCount`, answers the new count.
   */
  private accumulateTerm(token: Token, key: string, scoring: Scoring, touchedCount: number): number {
    // termWeight(token), from the key already made.
    const n = this.documentFrequency(key);
    if (n === 0) return touchedCount;
    const weight = this.config.kindWeights[token.kind] * (token.weight ?? 1) * this.idf(n);
    const { fieldCount, alive, scores, touched, fieldLengths } = this;
    const { norms, stride } = scoring;
    const { k1 } = this.config;
    let count = touchedCount;
    let current = -1;
    let tf = 0;
    // A document's score is added when the next document starts (no closure: the loop's variables stay
    // in registers), with the same arithmetic as scanTerm's.
    const t = findTerm(this.frozen, key);
    if (t >= 0) {
      const { entries, frequencies, offsets } = this.frozen;
      const end = offsets[t + 1]!;
      for (let p = offsets[t]!; p < end; p++) {
        const entry = entries[p]!;
        const d = entry >>> FIELD_BITS;
        if (alive[d] === 0) continue;
        if (d !== current) {
          if (current >= 0) {
            if (scores[current] === 0) touched[count++] = current;
            scores[current]! += (tf / (k1 + tf)) * weight;
          }
          current = d;
          tf = 0;
        }
        const f = entry & FIELD_MASK;
        tf += frequencies[p]! * norms[f * stride + fieldLengths[d * fieldCount + f]!]!;
      }
    }
    const list = this.delta.get(key);
    if (list !== undefined) {
      for (let p = 0; p < list.length; p += 2) {
        const entry: number = list[p]!;
        const d = entry >>> FIELD_BITS;
        if (alive[d] === 0) continue;
        if (d !== current) {
          if (current >= 0) {
            if (scores[current] === 0) touched[count++] = current;
            scores[current]! += (tf / (k1 + tf)) * weight;
          }
          current = d;
          tf = 0;
        }
        const f = entry & FIELD_MASK;
        tf += list[p + 1]! * norms[f * stride + fieldLengths[d * fieldCount + f]!]!;
      }
    }
    if (current >= 0) {
      if (scores[current] === 0) touched[count++] = current;
      scores[current]! += (tf / (k1 + tf)) * weight;
    }
    return count;
  }

  /**
   * Scores one query term against every live document holding it: fills `termDocs[0..n)` and
   * `termScores[0..n)` (documents ascending) and answers n.
   */
  private scanTerm(token: Token, scoring: Scoring): number {
    const key = termKey(token);
    const { fieldCount, alive, termDocs, termScores, fieldLengths } = this;
    const { norms, stride } = scoring;
    const { k1 } = this.config;
    let n = 0;
    let current = -1;
    let tf = 0;
    // The two tiers are read by two copies of one loop so each stays monomorphic (typed array / array).
    const t = findTerm(this.frozen, key);
    if (t >= 0) {
      const { entries, frequencies, offsets } = this.frozen;
      const end = offsets[t + 1]!;
      for (let p = offsets[t]!; p < end; p++) {
        const entry = entries[p]!;
        const d = entry >>> FIELD_BITS;
        if (alive[d] === 0) continue;
        if (d !== current) {
          if (current >= 0) {
            termDocs[n] = current;
            termScores[n++] = tf / (k1 + tf);
          }
          current = d;
          tf = 0;
        }
        const f = entry & FIELD_MASK;
        tf += frequencies[p]! * norms[f * stride + fieldLengths[d * fieldCount + f]!]!;
      }
    }
    const list = this.delta.get(key);
    if (list !== undefined) {
      for (let p = 0; p < list.length; p += 2) {
        const entry: number = list[p]!;
        const d = entry >>> FIELD_BITS;
        if (alive[d] === 0) continue;
        if (d !== current) {
          if (current >= 0) {
            termDocs[n] = current;
            termScores[n++] = tf / (k1 + tf);
          }
          current = d;
          tf = 0;
        }
        const f = entry & FIELD_MASK;
        tf += list[p + 1]! * norms[f * stride + fieldLengths[d * fieldCount + f]!]!;
      }
    }
    if (current >= 0) {
      termDocs[n] = current;
      termScores[n++] = tf / (k1 + tf);
    }
    if (n === 0) return 0;
    const idf = this.idf(n);
    const weight = this.config.kindWeights[token.kind] * (token.weight ?? 1) * idf;
    for (let j = 0; j < n; j++) termScores[j]! *= weight;
    return n;
  }

  /** The document's texts, normalised, in field order, and the field of each; refuses unknown fields. */
  private fieldTexts(doc: TextDocument): { texts: string[]; fieldOfText: number[] } {
    for (const name of Object.keys(doc.fields)) {
      if (!this.fieldIndex.has(name)) {
        throw new TextIndexInputError(
          `document ${doc.id}: field ${name} is not indexed (fields: ${[...this.fieldIndex.keys()].join(', ')})`,
        );
      }
    }
    const texts: string[] = [];
    const fieldOfText: number[] = [];
    this.config.fields.forEach(({ name }, f) => {
      const value = doc.fields[name];
      if (value === undefined) return;
      for (const text of typeof value === 'string' ? [value] : value) {
        texts.push(normalise(text));
        fieldOfText.push(f);
      }
    });
    return { texts, fieldOfText };
  }

  private ensureDocCapacity(count: number): void {
    if (this.alive.length >= count) return;
    const capacity = Math.max(1024, count, this.alive.length * 2);
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    const fieldLengths = new Uint32Array(capacity * this.fieldCount);
    fieldLengths.set(this.fieldLengths);
    this.fieldLengths = fieldLengths;
  }

  private ensureScratch(): void {
    if (this.scores.length >= this.docCount) return;
    const capacity = Math.max(this.alive.length, this.docCount);
    this.scores = new Float64Array(capacity);
    this.touched = new Uint32Array(capacity);
    this.termDocs = new Uint32Array(capacity);
    this.termScores = new Float64Array(capacity);
    this.alternativeSum = new Float64Array(capacity);
    this.alternativeTouched = new Uint32Array(capacity);
    this.groupBest = new Float64Array(capacity);
    this.groupTouched = new Uint32Array(capacity);
  }
}
