import {
  type GradingStore,
  gradeSome,
  type Licensing,
  licensingOf,
  openDisputeNumbers,
} from '../jobs/grade-patents.ts';
import type { MatchState } from '../match-index/match-state.ts';
import type { StreamConsumer } from '../stream-handler.ts';

/** How long the open disputes and a holder's licensing history are reused between records. */
const FACTS_FOR_MS = 60_000;
/** Holders whose licensing history is kept at once (a bound, not a tuning). */
const MAX_HOLDERS = 500;

export interface PatentGradesDeps {
  store: GradingStore;
  state: Pick<MatchState, 'engine'>;
  now: () => Date;
}

/**
 * Grades a ledger record again when it changes (legal status, term, type, chains, holder), as the nightly
 * `grade-patents` would: the patent as it now is, against the engine's live needs. Only that patent: the
 * holder's others do not depend on it, and an import of a whole ledger stays one grading per patent. A patent
 * deleted, or whose holder is not an approved organisation, loses its grade. Changes of needs, disputes,
 * licences and deals reach the grades with the nightly run. Idempotent: it reads the patent as stored.
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
  const licensingNow = (holderOrgId: string) => {
    const cached = fresh(licensing.get(holderOrgId));
    if (cached) return cached;
    if (licensing.size >= MAX_HOLDERS) licensing.clear();
    const entry = { at: now().getTime(), value: licensingOf(store, holderOrgId) };
    entry.value.catch(() => licensing.get(holderOrgId) === entry && licensing.delete(holderOrgId));
    licensing.set(holderOrgId, entry);
    return entry.value;
  };
  return {
    name: 'patent-grades',
    wants: (record) => record.entity === 'Patent',
    async apply(record) {
      const number = String(record.newImage?.number ?? record.oldImage?.number ?? '');
      if (!number) return;
      const patent = await store.patents.get(number);
      const holder = patent ? await store.orgs.get(patent.holderOrgId) : undefined;
      if (!patent || holder?.status !== 'approved') {
        await store.patentGrades.remove(number);
        return;
      }
      const engine = await state.engine();
      await gradeSome(
        { store, engine, now },
        holder,
        [patent],
        await disputedNow(),
        await licensingNow(holder.id),
      );
    },
  };
}
