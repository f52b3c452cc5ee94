import { describe, expect, it } from 'vitest';
import { TextIndexInputError } from '../errors.ts';
import { analyseQuery } from '../text/tokenise.ts';
import { type Filters, type TextDocument, TextIndex } from './text-index.ts';

const doc = (id: string, fields: TextDocument['fields'], filters?: TextDocument['filters']): TextDocument =>
  filters === undefined ? { id, fields } : { id, fields, filters };

/** Filler so the collection has realistic document frequencies. */
const FILLER = [
  '一种混凝土搅拌设备',
  '一种水稻种植机',
  '数控机床主轴冷却结构',
  '一种污水处理工艺',
  '图像识别的神经网络训练方法',
  '一种中药提取设备',
].map((title, i) => doc(`filler-${i}`, { title, abstract: `${title}，结构紧凑，成本低廉。` }));

function indexOf(...docs: TextDocument[]): TextIndex {
  const index = new TextIndex();
  for (const d of [...FILLER, ...docs]) index.add(d);
  return index;
}

const ids = (index: TextIndex, query: string, limit = 10) =>
  index.search(query, { limit }).hits.map((h) => h.id);

describe('TextIndex ranking', () => {
  it('ranks a title hit above an abstract hit', () => {
    // Prepare
    const index = indexOf(
      doc('in-abstract', { title: '一种储能柜', abstract: '柜内装有隔膜和散热风扇，便于维护。' }),
      doc('in-title', { title: '一种复合隔膜', abstract: '柜内装有储能单元和散热风扇，便于维护。' }),
    );

    // Act
    const hits = ids(index, '隔膜');

    // Assess
    expect(hits).toEqual(['in-title', 'in-abstract']);
  });

  it('ranks a document matching two query words above one matching one', () => {
    const index = indexOf(
      doc('one', { title: '一种锂离子电池外壳' }),
      doc('two', { title: '一种锂离子电池隔膜' }),
      doc('other', { title: '一种陶瓷隔膜' }),
    );

    expect(ids(index, '锂离子电池 隔膜')[0]).toBe('two');
  });

  it('finds a document through a synonym, below one that uses the query word itself', () => {
    const index = indexOf(
      doc('synonym', { title: '一种锂离子电池隔膜' }),
      doc('direct', { title: '一种锂电池的隔膜' }),
    );

    expect(ids(index, '锂电池')).toEqual(['direct', 'synonym']);
  });

  it('finds a word the segmenter cuts differently through its bigrams', () => {
    const index = indexOf(doc('L1', { title: '自动上料机构' }));

    expect(ids(index, '上料')).toEqual(['L1']);
  });

  it('breaks ties by id', () => {
    const index = indexOf(
      doc('b', { title: '一种光伏支架' }),
      doc('a', { title: '一种光伏支架' }),
      doc('c', { title: '一种光伏支架' }),
    );

    // Act
    const { hits } = index.search('光伏支架', { limit: 10 });

    // Assess
    expect(hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
  });

  it('explains a hit with the query words it matched, not bigrams', () => {
    const index = indexOf(doc('L1', { title: '锂离子电池隔膜及其制备方法' }));

    const [hit] = index.search('锂离子电池隔膜 石墨烯', { limit: 1 }).hits;

    expect(hit?.matched).toEqual(['锂离子电池隔膜']);
  });

  it('explains a hit on separate words with each word', () => {
    const index = indexOf(doc('L1', { title: '一种用于电池的复合隔膜' }));

    const [hit] = index.search('电池 隔膜 石墨烯', { limit: 1 }).hits;

    expect(hit?.matched).toEqual(['电池', '隔膜']);
  });

  it('explains a synonym hit with the synonym it matched', () => {
    const index = indexOf(doc('L1', { title: '一种锂离子电池隔膜' }));

    const [hit] = index.search('锂电池', { limit: 1 }).hits;

    expect(hit?.matched).toEqual(['锂离子电池']);
  });

  it('pages with offset and limit through the same ranking', () => {
    // Prepare
    const docs = Array.from({ length: 12 }, (_, i) =>
      doc(`L${String(i).padStart(2, '0')}`, { title: `${'电池'.repeat(1 + (i % 4))}隔膜` }),
    );
    const index = indexOf(...docs);
    const all = index.search('电池隔膜', { limit: 100 });

    // Act
    const page = index.search('电池隔膜', { limit: 4, offset: 4 });

    // Assess
    expect(page.total).toBe(all.total);
    expect(page.hits).toEqual(all.hits.slice(4, 8));
  });

  it('answers nothing for a query of stop words only', () => {
    expect(indexOf().search('一种方法及装置', { limit: 10 })).toEqual({ total: 0, hits: [] });
  });

  it('answers nothing when the index is empty', () => {
    expect(new TextIndex().search('电池', { limit: 10 })).toEqual({ total: 0, hits: [] });
  });
});

describe('TextIndex changes', () => {
  it('never returns a removed document', () => {
    // Prepare
    const index = indexOf(
      doc('keep', { title: '一种钠离子电池' }),
      doc('gone', { title: '一种钠离子电池正极' }),
    );

    // Act
    const removed = index.remove('gone');

    // Assess
    expect(removed).toBe(true);
    expect(index.search('钠离子电池 正极', { limit: 10 })).toMatchObject({
      total: 1,
      hits: [{ id: 'keep' }],
    });
    expect(index.has('gone')).toBe(false);
  });

  it('answers false when removing an id it does not hold', () => {
    expect(indexOf().remove('nobody')).toBe(false);
  });

  it('replaces a document on update', () => {
    // Prepare
    const index = indexOf(doc('L1', { title: '一种起重机吊钩' }));

    // Act
    index.update(doc('L1', { title: '一种光伏逆变器' }));

    // Assess
    expect(ids(index, '吊钩')).toEqual([]);
    expect(ids(index, '逆变器')).toEqual(['L1']);
    expect(index.size).toBe(FILLER.length + 1);
  });

  it('adds a document on update when the id is new', () => {
    const index = indexOf();

    index.update(doc('L1', { title: '一种光伏逆变器' }));

    expect(ids(index, '逆变器')).toEqual(['L1']);
  });

  it('refuses a second document with the same id', () => {
    const index = indexOf(doc('L1', { title: '一种光伏逆变器' }));

    expect(() => index.add(doc('L1', { title: '别的' }))).toThrow(TextIndexInputError);
  });

  it('refuses a field it does not index, before changing anything', () => {
    const index = indexOf();

    expect(() => index.add(doc('L1', { titel: '一种光伏逆变器' }))).toThrow(/titel/);
    expect(index.has('L1')).toBe(false);
  });

  it('ranks exactly like an index built from the surviving documents after many removals and updates', () => {
    // Prepare: enough removals to trigger merges that renumber documents.
    const words = [
      '电池',
      '隔膜',
      '正极',
      '电解液',
      '光伏',
      '逆变器',
      '起重机',
      '吊钩',
      '污水',
      '絮凝剂',
      '中药',
      '提取',
    ];
    const make = (i: number, salt: number) =>
      doc(`D${i}`, {
        title: `${words[(i * 7 + salt) % words.length]}${words[(i * 3 + salt) % words.length]}`,
        abstract: `${words[(i + salt) % words.length]}与${words[(i * 5 + salt) % words.length]}的组合`,
      });
    const churned = new TextIndex();
    for (let i = 0; i < 4000; i++) churned.add(make(i, 0));
    for (let i = 0; i < 4000; i += 2) churned.remove(`D${i}`);
    for (let i = 1; i < 4000; i += 6) churned.update(make(i, 1));
    const fresh = new TextIndex();
    for (let i = 1; i < 4000; i += 2) fresh.add(make(i, (i - 1) % 6 === 0 ? 1 : 0));

    // Act / Assess
    for (const query of ['电池隔膜', '光伏 逆变器', '污水 絮凝剂 中药', '吊钩']) {
      expect(churned.search(query, { limit: 20, offset: 3 })).toEqual(
        fresh.search(query, { limit: 20, offset: 3 }),
      );
    }
  });

  it('ranks the same before and after merging its tiers', () => {
    const index = indexOf(doc('L1', { title: '一种锂电池隔膜' }), doc('L2', { title: '电池隔膜涂层' }));
    index.remove('filler-0');
    const before = index.search('电池隔膜', { limit: 10 });

    index.merge();

    expect(index.search('电池隔膜', { limit: 10 })).toEqual(before);
  });
});

describe('TextIndex filters', () => {
  const index = indexOf(
    doc('free', { title: '一种光伏支架' }, { priceType: 'free', ipc: ['H02S'], year: 2023 }),
    doc(
      'paid',
      { title: '一种光伏支架及其安装方法' },
      { priceType: 'lump_sum', ipc: ['H02S', 'F24S'], year: 2021 },
    ),
    doc('bare', { title: '光伏支架' }),
  );

  it('keeps only documents whose filters pass, and counts only those', () => {
    const result = index.search('光伏支架', { limit: 10, filter: (f) => f.priceType === 'free' });

    expect(result).toMatchObject({ total: 1, hits: [{ id: 'free' }] });
  });

  it('filters on list and number values', () => {
    const result = index.search('光伏支架', {
      limit: 10,
      filter: (f) =>
        Array.isArray(f.ipc) && f.ipc.includes('F24S') && typeof f.year === 'number' && f.year < 2022,
    });

    expect(result.hits.map((h) => h.id)).toEqual(['paid']);
  });

  it('hands an empty object to the filter for a document without filters', () => {
    const seen: unknown[] = [];

    index.search('光伏支架', {
      limit: 10,
      filter: (f) => {
        seen.push(f);
        return true;
      },
    });

    expect(seen).toContainEqual({});
  });

  it('keeps its own copy of the filters', () => {
    const filters = { ipc: ['H02S'] };
    const local = indexOf(doc('L1', { title: '光伏支架' }, filters));

    filters.ipc.push('A01B');

    const hasA01B = (f: Filters) => (f.ipc as readonly string[]).includes('A01B');
    expect(local.search('光伏支架', { limit: 10, filter: hasA01B }).total).toBe(0);
  });

  it('hands the filter frozen values it cannot change', () => {
    const local = indexOf(doc('L1', { title: '光伏支架' }, { ipc: ['H02S'] }));

    local.search('光伏支架', {
      limit: 10,
      filter: (f) => {
        expect(Object.isFrozen(f) && Object.isFrozen(f.ipc)).toBe(true);
        return true;
      },
    });
  });

  it('still answers correctly after a filter threw', () => {
    const expected = index.search('光伏支架', { limit: 10 });

    expect(() =>
      index.search('光伏支架', {
        limit: 10,
        filter: () => {
          throw new Error('boom');
        },
      }),
    ).toThrow('boom');

    expect(index.search('光伏支架', { limit: 10 })).toEqual(expected);
  });

  it('refuses a filter number that is not finite', () => {
    expect(() => indexOf(doc('L1', { title: '光伏支架' }, { year: Number.NaN }))).toThrow(
      TextIndexInputError,
    );
  });
});

describe('TextIndex options', () => {
  it('refuses a negative or fractional limit or offset', () => {
    const index = indexOf();

    expect(() => index.search('电池', { limit: -1 })).toThrow(TextIndexInputError);
    expect(() => index.search('电池', { limit: 1.5 })).toThrow(TextIndexInputError);
    expect(() => index.search('电池', { limit: 1, offset: -2 })).toThrow(TextIndexInputError);
  });

  it('counts matches but returns no hits for limit 0', () => {
    const result = indexOf().search('混凝土', { limit: 0 });

    expect(result).toEqual({ total: 1, hits: [] });
  });

  it('refuses a configuration without fields or with a weight that is not positive', () => {
    expect(() => new TextIndex({ fields: {} })).toThrow(TextIndexInputError);
    expect(() => new TextIndex({ fields: { title: 0 } })).toThrow(TextIndexInputError);
    expect(() => new TextIndex({ b: 2 })).toThrow(TextIndexInputError);
  });

  it('indexes the fields it is configured with', () => {
    const index = new TextIndex({ fields: { name: 2, description: { weight: 1, b: 0.3 } } });

    index.add(doc('N1', { name: '防爆锂离子电池', description: '研发防爆电池' }));

    expect(index.search('防爆', { limit: 1 }).hits[0]?.id).toBe('N1');
  });
});

describe('TextIndex scoring outside a search', () => {
  const docs = [
    doc('a', { title: '一种锂离子电池隔膜', abstract: '隔膜耐热，用于锂电池。' }),
    doc('b', { title: '一种锂离子电容器', abstract: '电容器的电极。' }),
    doc('c', { title: '锂电池回收方法', keywords: ['回收', '锂电池'] }),
  ];

  it('scores a document bit for bit as a search does, and explains it the same way', () => {
    // Prepare
    const index = indexOf(...docs);
    const query = analyseQuery('锂电池 隔膜 回收');

    // Act
    const hits = index.searchAnalysis(query, { limit: 10 }).hits;

    // Assess
    for (const hit of hits) {
      const source = [...FILLER, ...docs].find((d) => d.id === hit.id)!;
      expect(index.scoreDocument(query, source.fields)).toBe(hit.score);
      expect(index.scoreDocument(query, index.prepareDocument(source.fields))).toBe(hit.score);
      expect(index.matchedTerms(query, hit.id)).toEqual(hit.matched);
    }
    expect(index.matchedTermsOf(query, ['a', 'missing'])).toEqual([
      hits.find((h) => h.id === 'a')!.matched,
      [],
    ]);
  });

  it('bounds every score by the sum of the query terms’ weights', () => {
    const index = indexOf(...docs);
    const query = analyseQuery('隔膜 电容器');
    const bound = query.core.reduce((sum, t) => sum + index.termWeight(t), 0);

    const [top] = index.searchAnalysis(query, { limit: 1 }).hits;

    expect(top!.score).toBeLessThan(bound);
    expect(index.documentFrequency('隔膜')).toBe(1);
    expect(index.termWeight({ text: '不存在的词', kind: 'word' })).toBe(0);
  });
});
