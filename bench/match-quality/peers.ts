/**
 * The libraries a user would pick instead of the engine, configured as a careful user would, fed the
 * same Intl.Segmenter words: MiniSearch with its default BM25 parameters, FlexSearch with
 * `tokenize: 'strict'` and `suggest: true`.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The word-like segments of a text, lower-cased: what both peers index and search. */
export function segmenterWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment.toLowerCase());
  return out;
}

export interface Peer {
  readonly name: string;
  add(id: string, text: string): void;
  /** Ids best first. */
  search(query: string, limit: number): string[];
}

export function miniSearchPeer(): Peer {
  const index = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: segmenterWords,
  });
  const pending: { id: string; text: string }[] = [];
  const flush = () => {
    if (pending.length > 0) index.addAll(pending.splice(0));
  };
  return {
    name: 'MiniSearch',
    add: (id, text) => {
      pending.push({ id, text });
    },
    search: (query, limit) => {
      flush();
      return index
        .search(query)
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}

export function flexSearchPeer(): Peer {
  const index = new FlexSearch.Index({ tokenize: 'strict', encode: segmenterWords });
  const ids: string[] = [];
  return {
    name: 'FlexSearch',
    add: (id, text) => {
      index.add(ids.length, text);
      ids.push(id);
    },
    search: (query, limit) => (index.search(query, { limit, suggest: true }) as number[]).map((n) => ids[n]!),
  };
}
