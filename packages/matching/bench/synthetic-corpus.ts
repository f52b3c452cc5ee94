/**
 * A realistic stand-in for the published catalogue: documents recombined from the real titles,
 * abstracts and needs in ../shared/eval-data (read at bench time only), deterministic for a seed.
 */
import { readAbstractedPatents, readEnterpriseNeeds, readTitledPatents } from '../eval/eval-data.ts';
import type { TextDocument } from '../src/index.ts';
import { STOP_WORDS } from '../src/index.ts';
import { seededRandom } from '../src/testing/seeded-random.ts';

export interface SyntheticQuery {
  readonly text: string;
  /** The words the query was made of, for the substring baseline. */
  readonly words: readonly string[];
}

/** The shared seeded generator (mulberry32), under the name this module's importers use. */
export const random = seededRandom;

const INDUSTRY_CHAINS = [
  '新能源汽车',
  '电子信息',
  '生物医药',
  '先进装备制造',
  '新材料',
  '节能环保',
  '现代农业',
  '航空航天',
];
const PRICE_TYPES = ['lump_sum', 'running_royalty', 'entry_fee_plus_royalty', 'free'];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const contentWords = (text: string) => words(text).filter((w) => w.length >= 2 && !STOP_WORDS.has(w));

export function syntheticCorpus(
  count: number,
  seed = 1,
): { documents: TextDocument[]; queries: SyntheticQuery[] } {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const titled = readTitledPatents();
  const abstracted = readAbstractedPatents();
  const needs = readEnterpriseNeeds();
  const titleWords = titled.map((p) => words(p.title));
  const passages = [...abstracted.map((p) => p.abstract), ...needs.map((n) => n.text)]
    .map((text) => text.split(/[，。；;！？!?\n]+/).filter((c) => c.trim().length >= 4))
    .filter((clauses) => clauses.length > 0);

  const documents: TextDocument[] = [];
  for (let i = 0; i < count; i++) {
    const a = Math.floor(rand() * titled.length);
    const head = titleWords[a]!;
    const tail = pick(titleWords);
    // Half the titles splice the start of one real title onto the end of another.
    const title =
      rand() < 0.5
        ? head.join('')
        : [
            ...head.slice(0, Math.max(1, Math.floor(head.length / 2))),
            ...tail.slice(Math.floor(tail.length / 2)),
          ].join('');
    let clauses = pick(passages);
    let at = Math.floor(rand() * clauses.length);
    const abstract: string[] = [];
    let length = 0;
    while (length < 130) {
      if (at >= clauses.length) {
        clauses = pick(passages);
        at = 0;
      }
      const clause = clauses[at++]!;
      abstract.push(clause);
      length += clause.length + 1;
    }
    const keywords = contentWords(title).slice(0, 3);
    documents.push({
      id: `L${String(i).padStart(7, '0')}`,
      fields: { title, keywords, abstract: `${abstract.join('，')}。`, targets: [pick(INDUSTRY_CHAINS)] },
      filters: { ipc: [...titled[a]!.ipcSubclasses], priceType: pick(PRICE_TYPES) },
    });
  }

  const queries: SyntheticQuery[] = [];
  const sources = [...needs.map((n) => n.title), ...titled.map((p) => p.title)];
  while (queries.length < 200) {
    const candidates = contentWords(pick(sources));
    if (candidates.length < 2) continue;
    const n = Math.min(candidates.length, 2 + Math.floor(rand() * 3));
    const start = Math.floor(rand() * (candidates.length - n + 1));
    const chosen = candidates.slice(start, start + n);
    queries.push({ text: chosen.join(rand() < 0.5 ? ' ' : ''), words: chosen });
  }
  return { documents, queries };
}
