import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addDays,
  addYears,
  type DeclarationRecord,
  type OrgType,
  patentCheckChar,
  type Royalty,
} from '@openlicense/domain';
import { ulid } from 'ulidx';
import { seededRandom } from '../../packages/matching/src/testing/seeded-random.ts';

/**
 * A realistic catalogue for the benchmark: titles, abstracts, holders and IPC subclasses recombined from
 * the real Chinese patents in `../shared/eval-data` (read at bench time only, never shipped), with valid
 * patent numbers, a spread of royalty terms and holders across a dozen regions. Deterministic per seed.
 */
const EVAL_DATA = fileURLToPath(new URL('../../../shared/eval-data/', import.meta.url));

export interface Corpus {
  records: DeclarationRecord[];
  /** Real enterprise technology needs' titles: keyword queries a visitor might type. */
  queries: string[];
  industryChains: readonly string[];
}

const REGIONS = [
  '430104',
  '430100',
  '430211',
  '110108',
  '310115',
  '440305',
  '420111',
  '510107',
  '320102',
  '330106',
  '610113',
  '370102',
];

/** Industry chains by IPC section, so a chain filter and an IPC filter agree. */
const CHAINS_BY_SECTION: Record<string, string[]> = {
  A: ['智能农机', '生物医药', '食品加工'],
  B: ['工程机械', '先进制造', '轨道交通'],
  C: ['先进储能材料', '新材料', '生物医药'],
  D: ['新材料', '纺织服装'],
  E: ['绿色建筑', '工程机械'],
  F: ['新能源汽车', '先进制造', '节能环保'],
  G: ['电子信息', '人工智能', '数字经济'],
  H: ['电子信息', '先进储能材料', '新能源汽车'],
};
export const INDUSTRY_CHAINS = [...new Set(Object.values(CHAINS_BY_SECTION).flat())];

/** A small seeded PRNG (mulberry32), so two runs write the same catalogue. */
function random(seed: number) {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

interface SourcePatent {
  title: string;
  abstract: string;
  assignee: string;
}

/** What a corpus is recombined from: patents with abstracts, titles with IPC subclasses, need titles. */
export interface CorpusSources {
  abstracts: SourcePatent[];
  titles: { title: string; subclasses: string[] }[];
  needs: string[];
}

/** The real patents and needs in `../shared/eval-data` (the benchmarks' sources). */
export function readSources(): CorpusSources {
  const abstracts: SourcePatent[] = readFileSync(
    `${EVAL_DATA}patents-abstracts-ccf2022/patents.jsonl`,
    'utf8',
  )
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const titles = readFileSync(`${EVAL_DATA}patents-titles-ipc/patent_titles_ipc.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [, title = '', subclasses = ''] = line.split(',');
      return { title, subclasses: subclasses.split('|').filter((s) => /^[A-H]\d{2}[A-Z]$/.test(s)) };
    })
    .filter((t) => t.title && t.subclasses.length > 0);
  const needs: string[] = readFileSync(`${EVAL_DATA}enterprise-needs-ccf2019/needs.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).title);
  return { abstracts, titles, needs };
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** The title's two longest words, as a ledger's keywords often are. */
const keywordsOf = (title: string) =>
  [...segmenter.segment(title)]
    .filter((s) => s.isWordLike && s.segment.length >= 2)
    .map((s) => s.segment)
    .sort((a, b) => b.length - a.length)
    .slice(0, 2);

function patentNumber(year: number, typeDigit: number, serial: number): string {
  const digits = `${year}${typeDigit}${String(serial % 10_000_000).padStart(7, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
}

function royaltyOf(r: ReturnType<typeof random>): Royalty {
  const roll = r.next();
  const yuan = (min: number, max: number) => r.int(min, max) * 100_00;
  if (roll < 0.3) return { method: 'lump_sum', amountFen: yuan(1, 200) };
  if (roll < 0.55) {
    const base = r.pick(['net_sales', 'net_sales', 'profit', 'per_unit'] as const);
    return base === 'per_unit'
      ? { method: 'running_royalty', base, perUnitFen: r.int(10, 5000) }
      : { method: 'running_royalty', base, ratePercent: r.int(50, 800) / 100 };
  }
  if (roll < 0.75)
    return {
      method: 'entry_fee_plus_royalty',
      entryFeeFen: yuan(1, 50),
      base: 'net_sales',
      ratePercent: r.int(50, 500) / 100,
    };
  if (roll < 0.9) {
    const parts = r.int(2, 4);
    const amountFen = yuan(1, 50);
    return {
      method: 'instalments',
      totalFen: amountFen * parts,
      schedule: Array.from({ length: parts }, (_, i) => ({ dueAfterMonths: i * 6, amountFen })),
    };
  }
  return { method: 'free' };
}

/** `count` published declarations, newest published first when sorted by `publishedAt` descending. */
export function generateCorpus(
  count: number,
  seed = 20_261_123,
  sources: CorpusSources = readSources(),
): Corpus {
  const r = random(seed);
  const { abstracts, titles, needs } = sources;
  const assignees = [...new Set(abstracts.map((a) => a.assignee).filter(Boolean))];
  const holders = assignees.slice(0, 400).map((name) => ({
    id: ulid(),
    name,
    regionCode: r.pick(REGIONS),
    type: (/大学|学院|研究院|研究所/.test(name) ? 'university' : 'enterprise') as OrgType,
  }));
  const firstPublished = Date.parse('2024-11-01T00:00:00Z');
  const span = Date.parse('2026-11-01T00:00:00Z') - firstPublished;
  const records: DeclarationRecord[] = [];
  for (let i = 0; i < count; i++) {
    // Titles and IPC from the 9,740-patent set; every other one takes a title with its own abstract.
    const useOwnAbstract = i % 2 === 0;
    const source = r.pick(abstracts);
    const titled = r.pick(titles);
    const title = useOwnAbstract ? source.title : titled.title;
    const abstract = useOwnAbstract
      ? source.abstract.slice(0, 300)
      : `本发明公开了${title}。${r.pick(abstracts).abstract.slice(0, 160)}`;
    const ipc = titled.subclasses
      .slice(0, 2)
      .map((subclass) => `${subclass} ${r.int(1, 40)}/${String(r.int(0, 99)).padStart(2, '0')}`);
    const section = ipc[0]!.charAt(0);
    const industryChains = [r.pick(CHAINS_BY_SECTION[section] ?? INDUSTRY_CHAINS)];
    const typeRoll = r.next();
    const patentType = typeRoll < 0.8 ? 'invention' : typeRoll < 0.95 ? 'utility_model' : 'design';
    const year =
      patentType === 'invention'
        ? r.int(2012, 2023)
        : patentType === 'utility_model'
          ? r.int(2018, 2023)
          : r.int(2016, 2023);
    const typeDigit = patentType === 'invention' ? 1 : patentType === 'utility_model' ? 2 : 3;
    const filingDate = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const term = patentType === 'invention' ? 20 : patentType === 'utility_model' ? 10 : 15;
    const patentExpiryDate = addDays(addYears(filingDate, term), -1);
    const publishedMs = firstPublished + Math.floor((span * i) / count) + r.int(0, 60_000);
    const publishedAt = new Date(publishedMs).toISOString();
    const start = publishedAt.slice(0, 10);
    const end = addDays(addYears(start, r.int(3, 5)), -1);
    const holder = r.pick(holders);
    const id = ulid(publishedMs);
    records.push({
      id,
      patentNumber: patentNumber(year, typeDigit, i + 1),
      holderOrgId: holder.id,
      patentees: [{ name: holder.name, orgId: holder.id }],
      patentType,
      status: 'published',
      royalty: royaltyOf(r),
      royaltyEstimationNote: '参考同领域专利近三年许可费率及本专利实施情况确定',
      period: { start, end },
      scope: '制造、使用、销售、许诺销售本专利产品',
      territory: '中国大陆',
      contact: { name: '技术转移中心', phone: '13800138000', email: 'ttc@bench.openlicense.cn' },
      ...(patentType === 'invention' ? {} : { evaluationReportReference: `PJ${year}-${i}` }),
      coOwnerConsents: [],
      statusChangedBy: 'bench',
      submittedAt: publishedAt,
      publishedAt,
      createdAt: publishedAt,
      updatedAt: publishedAt,
      version: 3,
      listing: {
        title,
        abstract,
        keywords: keywordsOf(title),
        ipc,
        industryChains,
        patentExpiryDate,
        lapseDate: end < patentExpiryDate ? end : patentExpiryDate,
        holderName: holder.name,
        holderRegionCode: holder.regionCode,
        holderType: holder.type,
      },
    });
  }
  return { records, queries: needs, industryChains: INDUSTRY_CHAINS };
}
