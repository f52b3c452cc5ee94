import { bundleListingId } from '@openlicense/domain';
import type { ChangeJournal } from '@openlicense/store';
import type { ChangeRecord } from '../change-record.ts';
import {
  isMatchableBundle,
  isMatchableDeclaration,
  isMatchableNeed,
  needFeatures,
} from '../match-index/features.ts';
import { bundleFromImage, declarationFromImage, needFromImage } from '../match-index/images.ts';
import type { MatchState } from '../match-index/match-state.ts';
import type { MatchWriter } from '../match-index/match-writer.ts';
import type { MatcherStore } from '../ports.ts';
import type { StreamConsumer } from '../stream-handler.ts';

export interface MatchIndexDeps {
  store: Pick<MatcherStore, 'matches' | 'needs'>;
  state: MatchState;
  writer: MatchWriter;
  journal: Pick<ChangeJournal, 'append'>;
}

const MATCHED_ENTITIES = new Set(['Declaration', 'Bundle', 'Need', 'MatchFeedback', 'Authorisation']);

/** Whether the item was matchable before or is after the change: otherwise the change is not the matcher's. */
function concerns(record: ChangeRecord, matchable: (image: { status: never }) => boolean): boolean {
  const was = record.oldImage as { status: never } | undefined;
  const is = record.newImage as { status: never } | undefined;
  return (was !== undefined && matchable(was)) || (is !== undefined && matchable(is));
}

/**
 * The enterprise whose needs a change asks to match again: new feedback adjustments (kept in its partition,
 * `ORG#<enterprise>` / `MATCH_FEEDBACK`), or an authorisation that became active.
 */
function enterpriseToRematch(record: ChangeRecord): { id: string; at: string } | undefined {
  const image = record.newImage;
  if (!image) return undefined;
  if (record.entity === 'Authorisation') {
    if (image.status !== 'active' || record.oldImage?.status === 'active') return undefined;
    return { id: String(image.enterpriseOrgId), at: String(image.grantedAt) };
  }
  const id = String(image.pk ?? '').replace(/^ORG#/, '');
  return id ? { id, at: String(image.updatedAt ?? new Date().toISOString()) } : undefined;
}

/**
 * Keeps the matches current as supply and demand change: a declaration published or leaving publication, a
 * bundle offered or no longer, a need opened, edited or closed. The engine is updated, the top matches of
 * what changed computed and stored with proposals for the enterprise's brokers (and automatic pushes where
 * a broker opted in), or the matches of what left removed. When an enterprise's push feedback changes what
 * the matcher learnt about it (a field penalised, a listing excluded), or it authorises another agency or
 * park (which then gets proposals too), its needs are matched again. Idempotent: the same record twice stores the
 * same items (times come from the changed item, not the clock).
 */
export function matchIndexConsumer({ store, state, writer, journal }: MatchIndexDeps): StreamConsumer {
  return {
    name: 'match-index',
    wants: (record) => MATCHED_ENTITIES.has(record.entity ?? ''),
    async apply(record) {
      if (record.entity === 'Declaration') {
        if (!concerns(record, isMatchableDeclaration)) return;
        await state.engine();
        if (record.newImage) {
          const declaration = declarationFromImage(record.newImage);
          const features = state.applyDeclaration(declaration);
          if (features) {
            await writer.forListing(features, declaration.updatedAt);
            return;
          }
        }
        const id = (record.newImage?.id ?? record.oldImage?.id) as string;
        await writer.clearListing(id);
        state.removeListing(id);
        return;
      }

      if (record.entity === 'Bundle') {
        if (!concerns(record, isMatchableBundle)) return;
        await state.engine();
        const bundleId = (record.newImage?.id ?? record.oldImage?.id) as string;
        const bundle = record.newImage ? bundleFromImage(record.newImage) : undefined;
        await journal.append({
          kind: 'bundle',
          id: bundleId,
          at: bundle?.updatedAt ?? new Date().toISOString(),
        });
        const features = bundle ? await state.applyBundle(bundle) : undefined;
        if (bundle && features) {
          await writer.forListing(features, bundle.updatedAt);
          return;
        }
        await writer.clearListing(bundleListingId(bundleId));
        state.removeListing(bundleListingId(bundleId));
        return;
      }

      if (record.entity === 'MatchFeedback' || record.entity === 'Authorisation') {
        const enterprise = enterpriseToRematch(record);
        if (!enterprise) return;
        await state.engine();
        // One enterprise's needs share its feedback, organisation, authorisations and brokers' settings: read once.
        const lookups = writer.lookups();
        for (const need of await store.needs.allByOwner(enterprise.id)) {
          if (state.applyNeed(need)) await writer.forNeed(needFeatures(need), enterprise.at, lookups);
        }
        return;
      }

      // Need
      if (!concerns(record, isMatchableNeed)) return;
      await state.engine();
      const needId = (record.newImage?.id ?? record.oldImage?.id) as string;
      const need = record.newImage ? needFromImage(record.newImage) : undefined;
      await journal.append({ kind: 'need', id: needId, at: need?.updatedAt ?? new Date().toISOString() });
      if (need && state.applyNeed(need)) {
        await writer.forNeed(needFeatures(need), need.updatedAt);
        return;
      }
      await writer.clearNeed(needId);
      state.removeNeed(needId);
    },
  };
}
