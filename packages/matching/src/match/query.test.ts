import { describe, expect, it } from 'vitest';
import { TextIndex } from '../index/text-index.ts';
import { termKey } from '../text/tokenise.ts';
import { MAX_TERM_DOCUMENT_SHARE, prunedQuery } from './query.ts';

/** 400 listings, every one about 电池 (a term far above the share), one about 隔膜. */
function catalogue(): TextIndex {
  const index = new TextIndex({ fields: { title: 3, abstract: 1 } });
  for (let i = 0; i < 400; i++) {
    index.add({ id: `L${i}`, fields: { title: `电池编号${i}`, abstract: i === 7 ? '陶瓷涂层隔膜' : '' } });
  }
  return index;
}

const keysOf = (tokens: readonly { text: string; kind: 'word' | 'bigram' | 'latin' }[]) =>
  tokens.map(termKey);

describe('prunedQuery', () => {
  it('skips a long-text term most listings hold, but never one of the title', () => {
    const index = catalogue();
    expect(index.documentFrequency('电池') / index.size).toBeGreaterThan(MAX_TERM_DOCUMENT_SHARE);

    const bodyOnly = prunedQuery(index, '隔膜耐热改性\n现有电池隔膜在高温下收缩', '隔膜耐热改性');
    const inTitle = prunedQuery(index, '电池隔膜耐热改性\n现有隔膜在高温下收缩', '电池隔膜耐热改性');

    expect(keysOf(bodyOnly.core)).not.toContain('电池');
    expect(keysOf(bodyOnly.core)).toContain('隔膜');
    expect(keysOf(inTitle.core)).toContain('电池');
  });

  it('searches every term while the catalogue is too small for shares to mean anything', () => {
    const index = new TextIndex({ fields: { title: 3, abstract: 1 } });
    for (let i = 0; i < 10; i++) index.add({ id: `L${i}`, fields: { title: `电池编号${i}` } });

    const query = prunedQuery(index, '隔膜\n现有电池在高温下收缩', '隔膜');

    expect(keysOf(query.core)).toContain('电池');
  });
});
