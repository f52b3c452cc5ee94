import { type GradingStore, gradeSome, openDisputeNumbers } from '../jobs/grade-patents.ts';
import type { MatchState } from '../match-index/match-state.ts';
import type { StreamConsumer } from '../stream-handler.ts';

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
 */
export function patentGradesConsumer({ store, state, now }: PatentGradesDeps): StreamConsumer {
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
      await gradeSome({ store, engine, now }, holder, [patent], await openDisputeNumbers(store));
    },
  };
}
