import {
  type DeclarationRecord,
  type GradingFacts,
  type GradingSettings,
  gradePatent,
  gradingOptionsFor,
  isoDateInChina,
  type MatchedNeed,
  type Org,
  type Patent,
} from '@openlicense/domain';
import { type ListingFeatures, SIGNAL_POINTS } from '@openlicense/matching';
import type { Engine } from '../match-index/engine.ts';
import { declarationFeatures, isMatchableDeclaration } from '../match-index/features.ts';
import type { MatchState } from '../match-index/match-state.ts';
import type { MatcherStore } from '../ports.ts';
import type { MatcherJob } from './match-full-run.ts';

/** How many live needs a patent's grade weighs (and its record keeps). */
export const GRADED_NEEDS = 10;

const PAGE = 500;

/** Deal stages at which a negotiated deal on a patent counts as licensing history. */
const SIGNED_STAGES = new Set(['signed', 'filed', 'implemented']);

/**
 * The listing a patent would be in the engine: its published declaration when it has one (price included),
 * otherwise a stand-in from the ledger record under the id `patent:<number>`. The engine needs a royalty and a
 * period; a patent not declared has neither, so the stand-in is free for the rest of its term, and
 * {@link withoutPrice} takes out what that made of the price signal.
 */
export function patentListing(
  patent: Patent,
  holder: Pick<Org, 'name' | 'regionCode'>,
  declaration: DeclarationRecord | undefined,
  today: string,
): ListingFeatures {
  if (declaration && isMatchableDeclaration(declaration)) return declarationFeatures(declaration);
  return {
    id: `patent:${patent.number}`,
    kind: 'listing',
    title: patent.title,
    ...(patent.abstract ? { abstract: patent.abstract } : {}),
    keywords: patent.keywords,
    ipc: patent.ipc,
    industryChains: patent.industryChains,
    regionCode: holder.regionCode,
    holderName: holder.name,
    royalty: { method: 'free' },
    period: { start: today, end: patent.expiryDate < today ? today : patent.expiryDate },
  };
}

/**
 * A stand-in's scores with the price signal as the engine scores a price it cannot weigh (half its points,
 * as for a need without a budget): an undeclared patent has no price, so none is credited for or against it.
 */
function withoutPrice(results: ReturnType<Engine['matchListing']>): MatchedNeed[] {
  const unknown = SIGNAL_POINTS.price / 2;
  return results
    .map((result) => {
      const price = result.explanation.signals.find((s) => s.signal === 'price')?.contribution ?? unknown;
      const score = Math.round((result.score - price + unknown) * 10) / 10;
      return { needId: result.id, score: Math.min(100, Math.max(0, score)) };
    })
    .sort((a, b) => b.score - a.score || (a.needId < b.needId ? -1 : 1));
}

/** The live needs above the relevance floor a patent matches, best first (the engine's listing → needs ranking). */
export function matchedNeedsOf(
  engine: Pick<Engine, 'matchListing'>,
  listing: ListingFeatures,
): MatchedNeed[] {
  const results = engine.matchListing(listing, { limit: GRADED_NEEDS });
  if (listing.id.startsWith('patent:')) return withoutPrice(results);
  return results.map((result) => ({ needId: result.id, score: result.score }));
}

export type GradingStore = Pick<
  MatcherStore,
  | 'patents'
  | 'patentGrades'
  | 'patentDisputes'
  | 'licences'
  | 'deals'
  | 'declarations'
  | 'orgs'
  | 'gradingSettings'
>;

export interface GradeRun {
  patents: number;
  changed: number;
  removed: number;
}

/** Numbers of patents with an open ownership claim (the IP office's queue: a handful). */
export async function openDisputeNumbers(store: Pick<GradingStore, 'patentDisputes'>): Promise<Set<string>> {
  const numbers = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await store.patentDisputes.listByStatus('open', { limit: PAGE, cursor });
    for (const dispute of page.items) numbers.add(dispute.patentNumber);
    cursor = page.nextCursor;
  } while (cursor);
  return numbers;
}

/** A patent's licensing history, by its number. */
export type Licensing = (number: string) => GradingFacts['licensing'];

/** Per patent number: open licences that came into effect, and deals signed or further, the holder is party to. */
export async function licensingOf(
  store: Pick<GradingStore, 'licences' | 'deals'>,
  holderOrgId: string,
): Promise<Licensing> {
  const licences = new Map<string, number>();
  const deals = new Map<string, number>();
  const add = (counts: Map<string, number>, number: string) =>
    counts.set(number, (counts.get(number) ?? 0) + 1);
  for (const licence of await store.licences.allFor(holderOrgId, 'licensor')) {
    if (licence.effectiveDate === undefined) continue;
    for (const number of new Set(licence.offer.patentNumbers)) add(licences, number);
  }
  let cursor: string | undefined;
  do {
    const page = await store.deals.listForOrg(holderOrgId, { limit: 100, cursor });
    for (const deal of page.items) {
      if (!SIGNED_STAGES.has(deal.stage)) continue;
      for (const patent of deal.patents) if (patent.holderOrgId === holderOrgId) add(deals, patent.number);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return (number: string) => ({ licences: licences.get(number) ?? 0, deals: deals.get(number) ?? 0 });
}

export interface GradingDeps {
  store: GradingStore;
  engine: Pick<Engine, 'matchListing'>;
  now: () => Date;
  /** Every IP office's saved grading settings (`gradingSettings.listAll`): a holder gets its closest office's. */
  settings: readonly GradingSettings[];
}

/**
 * Grades `patents` of one holder (see `gradePatent`) against the engine's live needs and stores each grade;
 * returns how many letters changed (a first grade counts).
 */
export async function gradeSome(
  deps: GradingDeps,
  holder: Org,
  patents: readonly Patent[],
  disputed: ReadonlySet<string>,
  /** The holder's licensing history when the caller already read it (default: read here). */
  known?: Licensing,
): Promise<number> {
  if (patents.length === 0) return 0;
  const { store, engine } = deps;
  const at = deps.now();
  const computedAt = at.toISOString();
  const today = isoDateInChina(at);
  const declarations = await store.declarations.activeForMany(patents.map((p) => p.number));
  const licensing = known ?? (await licensingOf(store, holder.id));
  // The holder's region's priority chains and IPC → chain table, as its IP office last saved them.
  const regional = gradingOptionsFor(deps.settings, holder.regionCode);
  let changed = 0;
  for (const patent of patents) {
    const matchedNeeds = matchedNeedsOf(
      engine,
      patentListing(patent, holder, declarations.get(patent.number), today),
    );
    const facts: GradingFacts = {
      patent,
      disputeOpen: disputed.has(patent.number),
      matchedNeeds,
      licensing: licensing(patent.number),
    };
    const grade = gradePatent(facts, { today, ...regional });
    const stored = await store.patentGrades.put({
      patentId: patent.number,
      holderOrgId: holder.id,
      grade,
      matchedNeeds,
      computedAt,
    });
    if (stored.computedAt === computedAt && stored.changes[0]?.at === computedAt) changed++;
  }
  return changed;
}

/**
 * Grades every patent in one organisation's ledger and stores each grade; grades of patents no longer in the
 * ledger are removed.
 */
export async function gradeHolder(
  deps: GradingDeps,
  holder: Org,
  disputed: ReadonlySet<string>,
): Promise<GradeRun> {
  const { store } = deps;
  const patents = await store.patents.allByHolder(holder.id);
  const numbers = new Set(patents.map((p) => p.number));
  const stale = (await store.patentGrades.listByHolder(holder.id)).filter((g) => !numbers.has(g.patentId));
  for (const grade of stale) await store.patentGrades.remove(grade.patentId);
  const changed = await gradeSome(deps, holder, patents, disputed);
  return { patents: patents.length, changed, removed: stale.length };
}

/**
 * Nightly (after `match-full-run`): grades the transfer potential (分级分类) of every patent in every approved
 * organisation's ledger from its record, its open disputes, its licensing history and the live needs the engine
 * ranks for it (declared or not), and stores each grade, recording a change when the letter moves.
 */
export const gradePatents = (
  store: GradingStore,
  state: Pick<MatchState, 'engine'>,
  now: () => Date,
): MatcherJob => ({
  name: 'grade-patents',
  async run() {
    const started = performance.now();
    const engine = await state.engine();
    const disputed = await openDisputeNumbers(store);
    // Read once a night: an office's change of settings takes effect at the next run.
    const settings = await store.gradingSettings.listAll();
    const total: GradeRun & { holders: number } = { holders: 0, patents: 0, changed: 0, removed: 0 };
    let cursor: string | undefined;
    do {
      const page = await store.orgs.listByStatus('approved', { limit: PAGE, ...(cursor ? { cursor } : {}) });
      for (const holder of page.items) {
        const run = await gradeHolder({ store, engine, now, settings }, holder, disputed);
        if (run.patents > 0) total.holders++;
        total.patents += run.patents;
        total.changed += run.changed;
        total.removed += run.removed;
      }
      cursor = page.nextCursor;
    } while (cursor);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `graded ${total.patents} patents of ${total.holders} holders: ${total.changed} grade changes, ${total.removed} stale grades removed, in ${seconds} s`;
  },
});
