import type { GradingSettings } from '@openlicense/domain';
import {
  type GradingStore,
  gradeSome,
  type Licensing,
  licensingOf,
  openDisputeNumbers,
} from '../jobs/grade-patents.ts';
import type { MatchState } from '../match-index/match-state.ts';
import type { MatcherStore } from '../ports.ts';
import type { StreamConsumer } from '../stream-handler.ts';

/** How long the open disputes, a holder's licensing history and the offices' grading settings are reused between records. */
const FACTS_FOR_MS = 60_000;
/** Holders whose licensing history is kept at once (a bound, not a tuning). */
const MAX_HOLDERS = 500;
/**
 * Patents regraded at once for one changed need: those whose grade counts it and those of the published
 * listings it now matches (the engine keeps 20 per need). A need counted by more waits for the night.
 */
export const NEED_REGRADES = 50;

/** Records that can move a grade at once: a ledger record, a need, an ownership claim (权属异议). */
const GRADED_ON = new Set(['Patent', 'Need', 'PatentDispute']);

export interface PatentGradesDeps {
  store: GradingStore &
    Pick<MatcherStore, 'matches'> & { declarations: Pick<MatcherStore['declarations'], 'get'> };
  state: Pick<MatchState, 'engine'>;
  now: () => Date;
}

/**
 * Grades a ledger record again when it changes (legal status, term, type, chains, holder), as the nightly
 * `grade-patents` would: the patent as it now is, against the engine's live needs. Only that patent: the
 * holder's others do not depend on it, and an import of a whole ledger stays one grading per patent. A patent
 * deleted, or whose holder is not an approved organisation, loses its grade. Idempotent: it reads the patent
 * as stored.
 *
 * A need that changes (published, edited, closed, deleted) regrades at once the patents whose grade counts it
 * and those of the published listings it now matches (after `match-index` has put it in the engine), at most
 * {@link NEED_REGRADES}; a patent not declared that a new need would also match gains it at night, as do
 * changes of licences and deals. An ownership claim opened or settled regrades its patent at once.
 *
 * The open disputes and a holder's licensing history are read once a minute, not once per record: an imported
 * ledger arrives as a record per row, and their changes only reach the grades at night anyway.
 */
export function patentGradesConsumer({ store, state, now }: PatentGradesDeps): StreamConsumer {
  const fresh = <T>(entry: { at: number; value: T } | undefined) =>
    entry !== undefined && now().getTime() - entry.at < FACTS_FOR_MS ? entry.value : undefined;
  let disputes: { at: number; value: Promise<Set<string>> } | undefined;
  const licensing = new Map<string, { at: number; value: Promise<Licensing> }>();
  const disputedNow = () => {
    const cached = fresh(disputes);
    if (cached) return cached;
    const entry = { at: now().getTime(), value: openDisputeNumbers(store) };
    // A failed read is not kept: the next record asks again.
    entry.value.catch(() => {
      if (disputes === entry) disputes = undefined;
    });
    disputes = entry;
    return entry.value;
  };
  let settings: { at: number; value: Promise<GradingSettings[]> } | undefined;
  /** The IP offices' grading settings, read once a minute like the disputes (the night regrades every patent with a change). */
  const settingsNow = () => {
    const cached = fresh(settings);
    if (cached) return cached;
    const entry = { at: now().getTime(), value: store.gradingSettings.listAll() };
    entry.value.catch(() => {
      if (settings === entry) settings = undefined;
    });
    settings = entry;
    return entry.value;
  };
  const licensingNow = (holderOrgId: string) => {
    const cached = fresh(licensing.get(holderOrgId));
    if (cached) return cached;
    if (licensing.size >= MAX_HOLDERS) licensing.clear();
    const entry = { at: now().getTime(), value: licensingOf(store, holderOrgId) };
    entry.value.catch(() => licensing.get(holderOrgId) === entry && licensing.delete(holderOrgId));
    licensing.set(holderOrgId, entry);
    return entry.value;
  };
  /** Grades one patent as it is stored now (or forgets it: deleted, or its holder not approved). */
  async function regrade(number: string): Promise<void> {
    const patent = await store.patents.get(number);
    const holder = patent ? await store.orgs.get(patent.holderOrgId) : undefined;
    if (!patent || holder?.status !== 'approved') {
      await store.patentGrades.remove(number);
      return;
    }
    const engine = await state.engine();
    await gradeSome(
      { store, engine, now, settings: await settingsNow() },
      holder,
      [patent],
      await disputedNow(),
      await licensingNow(holder.id),
    );
  }
  /** The patents whose grade a change of the need can move: those counting it, then its listings' patents. */
  async function patentsOfNeed(needId: string): Promise<string[]> {
    const numbers = new Set(await store.patentGrades.countingNeed(needId));
    for (const match of await store.matches.listByNeed(needId, NEED_REGRADES)) {
      if (numbers.size >= NEED_REGRADES) break;
      if (match.listingKind !== 'listing') continue;
      const declaration = await store.declarations.get(match.listingId);
      if (declaration) numbers.add(declaration.patentNumber);
    }
    return [...numbers].slice(0, NEED_REGRADES);
  }
  return {
    name: 'patent-grades',
    wants: (record) => GRADED_ON.has(record.entity ?? ''),
    async apply(record) {
      if (record.entity === 'PatentDispute') {
        // An ownership claim opened or settled: the open claims are read again, not taken from the minute's cache.
        disputes = undefined;
        const number = String(record.newImage?.patentNumber ?? record.oldImage?.patentNumber ?? '');
        if (number) await regrade(number);
        return;
      }
      if (record.entity === 'Need') {
        const needId = String(record.newImage?.id ?? record.oldImage?.id ?? '');
        if (needId) for (const number of await patentsOfNeed(needId)) await regrade(number);
        return;
      }
      const number = String(record.newImage?.number ?? record.oldImage?.number ?? '');
      if (number) await regrade(number);
    },
  };
}
