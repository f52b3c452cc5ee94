import { normalise } from './normalise.ts';
import { STOP_PHRASES, STOP_WORDS } from './stop-words.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';

/**
 * `word`: a segment from the word segmenter (or a lone Chinese character); `bigram`: two adjacent
 * Chinese characters of a run; `latin`: a run of letters and digits kept whole ('lifepo4', '5g').
 */
export type TokenKind = 'word' | 'bigram' | 'latin';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  /** Set on query tokens that come from a synonym of what the query said, not from the query. */
  readonly synonym?: true;
  /**
   * Relative weight of a synonym token: all the tokens of one synonym together weigh
   * {@link SYNONYM_WEIGHT} times the tokens of the term the query said, however many there are.
   */
  readonly weight?: number;
}

export interface TokeniseOptions {
  /** Expands synonyms and drops repeated tokens: a query is a set of terms. */
  readonly forQuery?: boolean;
}

export interface Analysis {
  readonly tokens: Token[];
  /** Each run of Chinese characters the bigrams were drawn from, in order (synonyms' runs last). */
  readonly runs: string[];
}

/**
 * Bumped whenever a change here would give a document different tokens: an index snapshot built by
 * another version would then answer queries wrongly, so it is refused.
 */
export const TOKENISER_VERSION = 1;

/** How much a synonym counts against the term the query actually used. */
export const SYNONYM_WEIGHT = 0.6;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_START = /^\p{Script=Han}/u;
const HAN_ANYWHERE = /\p{Script=Han}/u;
const SCRIPT_PARTS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const ASCII_ONLY = /^[\x20-\x7e]+$/;
/** Joins texts for one segmenter call; never word-like, so it ends every run. */
const PART_SEPARATOR = '\n';

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

function stripStopPhrases(text: string): string {
  let out = text;
  for (const phrase of STOP_PHRASES) {
    if (out.includes(phrase)) out = out.replaceAll(phrase, ' ');
  }
  return out;
}

/** Receives each token with the index of the text it came from. */
export type TokenSink = (text: string, kind: TokenKind, part: number) => void;

/**
 * Tokens of several already-normalised texts in one segmenter call (each call has a fixed cost of
 * ~15 µs, which dominates short fields). No token spans two texts.
 */
export function scanNormalised(texts: readonly string[], emit: TokenSink, runs?: string[]): void {
  const ends: number[] = [];
  let joined = '';
  for (const text of texts) {
    joined += (ends.length === 0 ? '' : PART_SEPARATOR) + stripStopPhrases(text);
    ends.push(joined.length);
  }
  let part = 0;
  const partAt = (offset: number) => {
    while (offset >= ends[part]!) part++;
    return part;
  };
  let run = '';
  let runStart = 0;
  const endRun = () => {
    if (run === '') return;
    const where = partAt(runStart);
    if (run.length === 1 || (run.length === 2 && run.codePointAt(0)! > 0xffff)) {
      // A lone character (possibly astral, CJK extension B+) has no bigram; it stands for itself.
      emit(run, 'word', where);
    } else {
      const chars = Array.from(run);
      for (let i = 0; i + 1 < chars.length; i++) emit(chars[i]! + chars[i + 1]!, 'bigram', where);
    }
    runs?.push(run);
    run = '';
  };
  const han = (text: string, at: number) => {
    if (STOP_WORDS.has(text)) {
      endRun();
      return;
    }
    if (run === '') runStart = at;
    run += text;
    if (text.length >= 2) emit(text, 'word', partAt(at));
  };
  const other = (text: string, at: number) => {
    endRun();
    // A lone letter or digit (the A of 'A、B两端') says nothing on its own.
    if (text.length >= 2 && !STOP_WORDS.has(text)) emit(text, 'latin', partAt(at));
  };
  for (const { segment, index, isWordLike } of wordSegmenter().segment(joined)) {
    if (!isWordLike) endRun();
    else if (HAN_ONLY.test(segment)) han(segment, index);
    else if (!HAN_ANYWHERE.test(segment)) other(segment, index);
    else {
      let at = index;
      for (const piece of segment.match(SCRIPT_PARTS) ?? []) {
        if (HAN_START.test(piece)) han(piece, at);
        else other(piece, at);
        at += piece.length;
      }
    }
  }
  endRun();
}

/** Tokens of already normalised text, without synonyms. */
function analyseNormalised(text: string, tokens: Token[], runs: string[]): void {
  scanNormalised([text], (t, kind) => tokens.push({ text: t, kind }), runs);
}

let memberAnalyses: Map<string, Analysis> | undefined;

function memberAnalysis(member: string): Analysis {
  memberAnalyses ??= new Map();
  let analysis = memberAnalyses.get(member);
  if (analysis === undefined) {
    analysis = { tokens: [], runs: [] };
    analyseNormalised(member, analysis.tokens, analysis.runs);
    memberAnalyses.set(member, analysis);
  }
  return analysis;
}

/**
 * `{ ...token, weight }` written out, the same properties in the same order: V8 (Node 20) gives nearly
 * every object made by spreading a token a hidden class of its own (a map and descriptors, ~160 bytes,
 * each), so the hundreds of weighted tokens every need query keeps cost memory and collection time, and
 * every read of a token's kind or weight goes megamorphic.
 */
export function withWeight(token: Token, weight: number): Token {
  return token.synonym === undefined
    ? { text: token.text, kind: token.kind, weight }
    : { text: token.text, kind: token.kind, synonym: token.synonym, weight };
}

/** The key a token is indexed under: a bigram and a word with the same text are different terms. */
export function termKey(token: Token): string {
  return token.kind === 'bigram' ? `#${token.text}` : token.text;
}

function dedupe(tokens: readonly Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    const key = termKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A synonym group a query named: the member it said and each other member, as tokens. */
export interface SynonymMatch {
  readonly said: readonly Token[];
  /** Tokens of the other members, marked `synonym` and weighted (see {@link Token.weight}). */
  readonly alternatives: readonly (readonly Token[])[];
}

export interface QueryAnalysis extends Analysis {
  /** The query's own tokens, minus those of a synonym group's member it said. */
  readonly core: readonly Token[];
  /** Groups to score as "the member said, or the best of its synonyms", never their sum. */
  readonly synonyms: readonly SynonymMatch[];
}

/**
 * A query's tokens, structured for scoring: its own tokens, and per synonym group the member it
 * said beside the other members. `tokens` lists them all once (the query's own first).
 */
export function analyseQuery(text: string): QueryAnalysis {
  const normalised = normalise(text);
  const direct: Token[] = [];
  const runs: string[] = [];
  analyseNormalised(normalised, direct, runs);
  const latin = new Set(direct.filter((t) => t.kind === 'latin').map((t) => t.text));
  const said = (member: string) =>
    ASCII_ONLY.test(member) ? latin.has(member) : normalised.includes(member);
  const synonyms: SynonymMatch[] = [];
  const saidKeys = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    const saidMember = group.find(said);
    if (saidMember === undefined) continue;
    const saidTokens = memberAnalysis(saidMember).tokens;
    for (const t of saidTokens) saidKeys.add(termKey(t));
    const alternatives = group
      .filter((member) => !said(member))
      .map((member) => {
        const expansion = memberAnalysis(member);
        runs.push(...expansion.runs);
        const weight = (SYNONYM_WEIGHT * saidTokens.length) / Math.max(1, expansion.tokens.length);
        // Written out, not spread: see withWeight.
        return dedupe(
          expansion.tokens.map((t): Token => ({ text: t.text, kind: t.kind, synonym: true, weight })),
        );
      });
    if (alternatives.length > 0) synonyms.push({ said: dedupe(saidTokens), alternatives });
  }
  return {
    tokens: dedupe([...direct, ...synonyms.flatMap((s) => s.alternatives.flat())]),
    runs,
    core: dedupe(direct.filter((t) => !saidKeys.has(termKey(t)))),
    synonyms,
  };
}

/**
 * Tokens plus the Chinese runs they came from (used to explain matches).
 * See {@link tokenise}.
 */
export function analyse(text: string, options: TokeniseOptions = {}): Analysis {
  if (options.forQuery) return analyseQuery(text);
  const analysis: Analysis = { tokens: [], runs: [] };
  analyseNormalised(normalise(text), analysis.tokens, analysis.runs);
  return analysis;
}

/**
 * Splits Chinese-and-Latin text into index terms: the segmenter's words, the bigrams of every run of
 * Chinese characters (so a word the segmenter cuts differently still matches), and Latin/digit words
 * kept whole. Stop words and patent boilerplate are dropped. With `forQuery`, synonyms are added
 * (marked `synonym`) and repeats dropped.
 *
 * @example
 * tokenise('锂离子电池').map((t) => t.text) // ['离子', '电池', '锂离', '离子', '子电', '电池']
 */
export function tokenise(text: string, options: TokeniseOptions = {}): Token[] {
  return analyse(text, options).tokens;
}
