/**
 * 100,000 listings and 10,000 needs built from the real texts of ../shared/eval-data, deterministic
 * for a seed: listing titles splice the start of one real patent title onto the end of another (or
 * keep one whole) and carry the first one's IPC; abstracts string together clauses of the real
 * abstracts (patents-abstracts-ccf2022); needs are a real need's title with a description of its own
 * text (cut to 150–500 characters, eked out with clauses of other needs) (enterprise-needs-ccf2019).
 */
import type { DealType, Royalty } from '@openlicense/domain';
import {
  readAbstractedPatents,
  readEnterpriseNeeds,
  readTitledPatents,
} from '../../packages/matching/eval/eval-data.ts';
import type { ListingFeatures, NeedFeatures } from '../../packages/matching/src/index.ts';
import { seededRandom } from '../../packages/matching/src/testing/seeded-random.ts';

/** The shared seeded generator (mulberry32), under the name this module's importers use. */
export const random = seededRandom;

const CHAINS = [
  '新能源汽车',
  '电子信息',
  '生物医药',
  '先进装备制造',
  '新材料',
  '节能环保',
  '现代农业',
  '航空航天',
];
const REGIONS = [
  '430102',
  '430104',
  '430202',
  '430302',
  '430602',
  '420106',
  '440305',
  '110108',
  '320102',
  '330106',
];
const ROYALTIES: Royalty[] = [
  { method: 'lump_sum', amountFen: 4_800_000 },
  { method: 'lump_sum', amountFen: 30_000_000 },
  { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
  { method: 'entry_fee_plus_royalty', entryFeeFen: 2_000_000, base: 'profit', ratePercent: 5 },
  { method: 'free' },
];
const DEALS: DealType[][] = [
  ['open_license'],
  ['ordinary_license', 'transfer'],
  ['transfer'],
  ['open_license', 'joint_development'],
];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const clausesOf = (text: string) => text.split(/[，。；;！？!?\n]+/).filter((c) => c.trim().length >= 4);

export interface SpeedCorpus {
  listings: ListingFeatures[];
  needs: NeedFeatures[];
}

export function speedCorpus(listingCount: number, needCount: number, seed = 7): SpeedCorpus {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const titled = readTitledPatents();
  const titleWords = titled.map((p) => words(p.title));
  const abstracts = readAbstractedPatents()
    .map((p) => clausesOf(p.abstract))
    .filter((c) => c.length > 0);
  const realNeeds = readEnterpriseNeeds();
  const needClauses = realNeeds.map((n) => clausesOf(n.text)).filter((c) => c.length > 0);

  /** About `chars` characters of consecutive clauses, moving on to another text when one runs out. */
  const passage = (sources: readonly string[][], chars: number, first?: readonly string[]) => {
    let clauses = first ?? pick(sources);
    let at = first === undefined ? Math.floor(rand() * clauses.length) : 0;
    const out: string[] = [];
    let length = 0;
    while (length < chars) {
      if (at >= clauses.length) {
        clauses = pick(sources);
        at = 0;
      }
      const clause = clauses[at++]!;
      out.push(clause);
      length += clause.length + 1;
    }
    return `${out.join('，')}。`;
  };

  const listings: ListingFeatures[] = [];
  for (let i = 0; i < listingCount; i++) {
    const a = Math.floor(rand() * titled.length);
    const head = titleWords[a]!;
    const tail = pick(titleWords);
    const title =
      rand() < 0.5
        ? head.join('')
        : [...head.slice(0, Math.max(1, head.length >> 1)), ...tail.slice(tail.length >> 1)].join('');
    listings.push({
      id: `L${String(i).padStart(6, '0')}`,
      kind: rand() < 0.05 ? 'bundle' : 'listing',
      title,
      abstract: passage(abstracts, 120 + Math.floor(rand() * 120)),
      keywords: words(title)
        .filter((w) => w.length >= 2)
        .slice(0, 3),
      ipc: [...titled[a]!.ipcSubclasses],
      industryChains: [pick(CHAINS)],
      regionCode: pick(REGIONS),
      holderName: `持有人${i % 977}`,
      royalty: pick(ROYALTIES),
      period: { start: '2026-01-01', end: '2031-12-31' },
    });
  }

  const needs: NeedFeatures[] = [];
  for (let i = 0; i < needCount; i++) {
    const source = pick(realNeeds);
    const own = clausesOf(source.text);
    const budget =
      rand() < 0.7 ? { minFen: 0, maxFen: (5 + Math.floor(rand() * 50)) * 1_000_000 } : undefined;
    needs.push({
      id: `N${String(i).padStart(5, '0')}`,
      enterpriseOrgId: `ORG-${i % 3000}`,
      title: source.title,
      // The need's own text first, cut to 150–500 characters, eked out with others' when short.
      description: passage(needClauses, 150 + Math.floor(rand() * 350), own.length > 0 ? own : undefined),
      targets: [],
      industryChains: rand() < 0.6 ? [pick(CHAINS)] : [],
      ...(budget === undefined ? {} : { budget }),
      dealTypes: pick(DEALS),
      regionCode: pick(REGIONS),
    });
  }
  return { listings, needs };
}
