import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SnapshotFormatError } from '../errors.ts';
import { load, serialise, serialiseUncompressed } from './snapshot.ts';
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

  it('refuses a snapshot written by another tokeniser version, in either format', () => {
    // Prepare: format 1 has its header as JSON right after the 12-byte preamble; format 2 in its
    // compressed body, after the header's 4-byte length.
    const otherTokeniser = (header: Uint8Array, at: number) => {
      const text = new TextDecoder().decode(header.subarray(at, at + 200));
      header[at + new TextEncoder().encode(text.slice(0, text.indexOf('"tokeniserVersion":') + 19)).length] =
        '9'.charCodeAt(0);
    };
    const uncompressed = serialiseUncompressed(churnedIndex()).slice();
    otherTokeniser(uncompressed, 12);
    const compressed = serialise(churnedIndex());
    const body = new Uint8Array(brotliDecompressSync(compressed.subarray(12)));
    otherTokeniser(body, 4);
    const repacked = new Uint8Array([...compressed.subarray(0, 12), ...brotliCompressSync(body)]);

    // Act / Assess
    expect(() => load(uncompressed)).toThrow(/tokeniser/);
    expect(() => load(repacked)).toThrow(/tokeniser/);
  });

  it('refuses a snapshot whose body is longer or shorter than its preamble says', () => {
    // Prepare: the preamble's body length (bytes 8–11) one more and one less than the body's.
    const bytes = serialise(churnedIndex());
    const stated = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
    const claiming = (length: number) => {
      const copy = bytes.slice();
      new DataView(copy.buffer).setUint32(8, length, true);
      return copy;
    };

    // Act / Assess: the body decompresses into a buffer of the stated size, which must fit it exactly.
    expect(() => load(claiming(stated - 1))).toThrow(SnapshotFormatError);
    expect(() => load(claiming(stated + 1))).toThrow(/truncated/);
    expect(load(claiming(stated)).size).toBe(churnedIndex().size);
  });

  it('refuses a snapshot whose compressed body is damaged', () => {
    const bytes = serialise(churnedIndex()).slice();
    bytes.fill(0x55, 20, 60);

    expect(() => load(bytes)).toThrow(SnapshotFormatError);
  });
});

describe('snapshot formats', () => {
  it('still loads a format-1 (uncompressed) snapshot, answering exactly as the index did', () => {
    const index = churnedIndex();

    const loaded = load(serialiseUncompressed(index));

    expect(answers(loaded)).toEqual(answers(index));
  });

  it('writes a compressed snapshot several times smaller than format 1', () => {
    // Prepare: a bigger index, so postings rather than the header dominate.
    const index = new TextIndex();
    for (let i = 0; i < 2000; i++) {
      const [title, abstract] = [TITLES[i % TITLES.length]!, TITLES[(i * 7 + 3) % TITLES.length]!];
      index.add({ id: `D${i}`, fields: { title: `${title}${i % 13}`, abstract: `${abstract}，${title}。` } });
    }

    const compressed = serialise(index).length;
    const uncompressed = serialiseUncompressed(index).length;

    expect(compressed * 3).toBeLessThan(uncompressed);
  });
});
