import { describe, expect, it } from 'vitest';
import { readTitledPatents } from '../../eval/eval-data.ts';
import { TextIndex } from './text-index.ts';

/**
 * Evaluation on 9,740 real patent titles (../shared/eval-data/patents-titles-ipc): used as a query,
 * a title's best other match should usually share an IPC subclass with it. Two random patents do
 * so about 3 % of the time.
 */
const SAMPLE = 100;
/**
 * Measured 37 % (37/100) on Node 20 with the default weights (38.0 % over all 9,740 titles); the
 * bar sits a little below, leaving room for another ICU segmentation dictionary.
 */
const MIN_AGREEMENT = 0.34;

describe('title search on real patents', () => {
  it(`finds, for ${SAMPLE} titles used as queries, a top hit sharing an IPC subclass at least ${MIN_AGREEMENT * 100} % of the time`, () => {
    // Prepare
    const patents = readTitledPatents();
    const subclasses = new Map(patents.map((p) => [p.publicationNumber, p.ipcSubclasses]));
    const index = new TextIndex({ fields: { title: 1 } });
    for (const p of patents) {
      index.add({
        id: p.publicationNumber,
        fields: { title: p.title },
        filters: { number: p.publicationNumber },
      });
    }
    const step = Math.floor(patents.length / SAMPLE);
    const queries = Array.from({ length: SAMPLE }, (_, i) => patents[i * step]!);

    // Act
    const agreeing = queries.filter((query) => {
      const [top] = index.search(query.title, {
        limit: 1,
        filter: (f) => f.number !== query.publicationNumber,
      }).hits;
      return top !== undefined && subclasses.get(top.id)!.some((s) => query.ipcSubclasses.includes(s));
    });

    // Assess
    expect(patents.length).toBe(9740);
    expect(agreeing.length / SAMPLE).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });
});
