import { TextIndexInputError } from '../errors.ts';
import type { TokenKind } from '../text/tokenise.ts';

export interface FieldOptions {
  /** How much one occurrence in this field counts against one in a weight-1 field. */
  readonly weight: number;
  /** Length normalisation, 0 (none) to 1 (full); defaults to the index's `b`. */
  readonly b?: number;
}

export interface TextIndexOptions {
  /** Indexed fields and their weights, in a fixed order; at most 16. Other fields are refused. */
  readonly fields?: Readonly<Record<string, number | FieldOptions>>;
  /** BM25 term-frequency saturation. */
  readonly k1?: number;
  /** BM25 length normalisation for fields that do not set their own. */
  readonly b?: number;
  /** Weight of each kind of query term: a segmenter word says more than a bigram. */
  readonly kindWeights?: Readonly<Partial<Record<TokenKind, number>>>;
}

export interface ResolvedField {
  readonly name: string;
  readonly weight: number;
  readonly b: number;
}

export interface TextIndexConfig {
  readonly fields: readonly ResolvedField[];
  readonly k1: number;
  readonly kindWeights: Readonly<Record<TokenKind, number>>;
}

/** Fields of a catalogue listing: a title hit counts three times an abstract hit. */
export const DEFAULT_FIELDS: Readonly<Record<string, number>> = {
  title: 3,
  keywords: 2,
  abstract: 1,
  targets: 2,
};

/** Postings pack the field number into 4 bits beside the document number. */
export const MAX_FIELDS = 16;

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new TextIndexInputError(`${name} must be > 0, got ${value}`);
  return value;
}

function unitInterval(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new TextIndexInputError(`${name} must be within [0, 1], got ${value}`);
  }
  return value;
}

export function resolveConfig(options: TextIndexOptions = {}): TextIndexConfig {
  const b = unitInterval('b', options.b ?? 0.75);
  const entries = Object.entries(options.fields ?? DEFAULT_FIELDS);
  if (entries.length === 0 || entries.length > MAX_FIELDS) {
    throw new TextIndexInputError(`an index needs 1 to ${MAX_FIELDS} fields, got ${entries.length}`);
  }
  const fields = entries.map(([name, field]): ResolvedField => {
    const spec = typeof field === 'number' ? { weight: field } : field;
    return {
      name,
      weight: positive(`fields.${name}.weight`, spec.weight),
      b: unitInterval(`fields.${name}.b`, spec.b ?? b),
    };
  });
  const kind = options.kindWeights ?? {};
  return {
    fields,
    k1: positive('k1', options.k1 ?? 1.2),
    kindWeights: {
      word: positive('kindWeights.word', kind.word ?? 1),
      latin: positive('kindWeights.latin', kind.latin ?? 1),
      bigram: positive('kindWeights.bigram', kind.bigram ?? 0.5),
    },
  };
}
