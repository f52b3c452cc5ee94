import { describe, expect, it } from 'vitest';
import { SnapshotFormatError } from '../errors.ts';
import { load, serialise } from './snapshot.ts';
import { type TextDocument, TextIndex } from './text-index.ts';

const TITLES = [
  '一种锂离子电池隔膜及其制备方法',
  '锂电池正极材料磷酸铁锂LiFePO4的合成',
  '一种新能源汽车充电桩',
  '电动汽车电池热管理系统',
  '无人驾驶飞行器的避障方法',
  '基于人工智能的图像识别方法',
  '一种起重机吊钩防脱装置',
  '污水处理用絮凝剂',
  '5G基站天线',
  '一种中药提取设备',
];

function documents(): TextDocument[] {
  return TITLES.flatMap((title, i) =>
    [0, 1, 2].map(
      (copy): TextDocument => ({
        id: `L${i}-${copy}`,
        fields: {
          title: copy === 0 ? title : `${title}（改进型${copy}）`,
          abstract: `${TITLES[(i + copy + 1) % TITLES.length]}，${title}。`,
          keywords: [title.slice(2, 6)],
        },
        filters: { ipc: [`H0${i}M`], priceType: copy % 2 === 0 ? 'free' : 'lump_sum', year: 2020 + copy },
      }),
    ),
  );
}

const QUERIES = [
  '锂电池 隔膜',
  '新能源汽车',
  '无人机',
  'AI 图像',
  '吊车',
  '污水',
  '5G',
  'lifepo4',
  '中药提取',
  '电池',
];

function answers(index: TextIndex) {
  return QUERIES.flatMap((query) => [
    index.search(query, { limit: 5 }),
    index.search(query, { limit: 3, offset: 2, filter: (f) => f.priceType === 'free' }),
  ]);
}

function churnedIndex(): TextIndex {
  const index = new TextIndex();
  for (const doc of documents()) index.add(doc);
  index.remove('L3-1');
  index.update({ id: 'L4-2', fields: { title: '无人机电池快速更换装置' }, filters: { priceType: 'free' } });
  return index;
}

describe('serialise and load', () => {
  it('round-trips an index so every search answers exactly the same', () => {
    // Prepare
    const index = churnedIndex();
    const expected = answers(index);

    // Act
    const loaded = load(serialise(index));

    // Assess
    expect(answers(loaded)).toEqual(expected);
    expect(loaded.size).toBe(index.size);
    expect(loaded.config).toEqual(index.config);
  });

  it('gives a loaded index that keeps taking changes like the original', () => {
    // Prepare
    const original = churnedIndex();
    const loaded = load(serialise(original));
    const change = (index: TextIndex) => {
      index.add({ id: 'N1', fields: { title: '一种钠离子电池隔膜' } });
      index.remove('L0-0');
      index.update({ id: 'L1-1', fields: { title: '吊车臂' } });
    };

    // Act
    change(original);
    change(loaded);

    // Assess
    expect(answers(loaded)).toEqual(answers(original));
  });

  it('loads from bytes that do not start on a 4-byte boundary', () => {
    // Prepare
    const index = churnedIndex();
    const bytes = serialise(index);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);

    // Act
    const loaded = load(shifted.subarray(1));

    // Assess
    expect(answers(loaded)).toEqual(answers(index));
  });

  it('round-trips an empty index and one with custom fields and weights', () => {
    const custom = new TextIndex({
      fields: { name: 5, text: { weight: 1, b: 0.2 } },
      k1: 1.5,
      kindWeights: { bigram: 0.3 },
    });
    custom.add({ id: 'N1', fields: { name: '防爆锂离子电池', text: '研发防爆电池' } });

    const loadedEmpty = load(serialise(new TextIndex()));
    const loadedCustom = load(serialise(custom));

    expect(loadedEmpty.search('电池', { limit: 5 })).toEqual({ total: 0, hits: [] });
    expect(loadedCustom.config).toEqual(custom.config);
    expect(loadedCustom.search('防爆电池', { limit: 5 })).toEqual(custom.search('防爆电池', { limit: 5 }));
  });

  it('refuses bytes that are not a snapshot', () => {
    expect(() => load(new TextEncoder().encode('{"not":"a snapshot"}'))).toThrow(SnapshotFormatError);
  });

  it('refuses a truncated snapshot', () => {
    const bytes = serialise(churnedIndex());

    expect(() => load(bytes.subarray(0, bytes.length - 64))).toThrow(SnapshotFormatError);
  });

  it('refuses a snapshot written by another tokeniser version', () => {
    // Prepare: the header is JSON right after the 12-byte preamble.
    const bytes = serialise(churnedIndex()).slice();
    const header = new TextDecoder().decode(bytes.subarray(12, 200));
    const at =
      12 + new TextEncoder().encode(header.slice(0, header.indexOf('"tokeniserVersion":') + 19)).length;
    bytes[at] = '9'.charCodeAt(0);

    // Act / Assess
    expect(() => load(bytes)).toThrow(/tokeniser/);
  });
});
