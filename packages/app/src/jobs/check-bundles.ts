import {
  BUNDLE_ISSUE_TITLES,
  type BundleAction,
  type BundleOffer,
  type BundleRecord,
  bundleChangeAction,
  bundleChangeSummary,
  evaluateBundleOffer,
  isoDateInChina,
  transitionBundle,
  withCurrentDeclarations,
} from '@openlicense/domain';
import { type BundleRepository, StoreConflictError } from '@openlicense/store';
import { type JobClock, SYSTEM_ACTOR } from './expire-declarations.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

const SYSTEM_NAME = '系统';

/** Why a bundle is suspended, in one line: each blocked patent and what blocks it. */
function suspensionReason(offer: BundleOffer): string {
  const lines = offer.blockers.map(
    (b) =>
      `ZL${b.patentNumber}：${[...new Set(b.issues.map((i) => BUNDLE_ISSUE_TITLES[i.code] ?? i.code))].join('、')}`,
  );
  return `成员专利暂不能声明开放许可（${lines.join('；')}）`;
}

type Outcome = 'suspended' | 'restored' | 'expired' | 'refreshed' | 'unchanged' | 'skipped';

/**
 * Nightly: every published or suspended bundle is checked against the ledger and the members' declarations
 * as they are now (China's date). A published bundle whose period has ended expires; one with a member that
 * can no longer be declared (fees lapsed, an exclusive licence, its own declaration withdrawn, a holder's
 * consent withdrawn, expiry…) is suspended with the reason; a suspended one whose members are all fine again
 * is restored. Each change is written with its audit entry on the organiser's trail. Running it again
 * changes nothing more; a bundle changed meanwhile fails its version check and is left for the next run.
 */
export const checkBundles = (bundles: BundleRepository, clock: JobClock): ScheduledJob => ({
  name: 'check-bundles',
  async run() {
    const today = isoDateInChina(clock.now());
    const ids: string[] = [];
    for (const status of ['published', 'suspended'] as const) {
      let cursor: string | undefined;
      do {
        const page = await bundles.listByStatus(status, { limit: 100, cursor });
        ids.push(...page.items.map((b) => b.id));
        cursor = page.nextCursor;
      } while (cursor);
    }
    const counts: Record<Outcome, number> = {
      suspended: 0,
      restored: 0,
      expired: 0,
      refreshed: 0,
      unchanged: 0,
      skipped: 0,
    };
    for (const id of ids) counts[await checkOne(bundles, id, today, clock)]++;
    return `checked ${ids.length} bundles: suspended ${counts.suspended}, restored ${counts.restored}, expired ${counts.expired}${counts.skipped > 0 ? `, skipped ${counts.skipped} changed meanwhile` : ''}`;
  },
});

async function checkOne(
  bundles: BundleRepository,
  id: string,
  today: string,
  clock: JobClock,
): Promise<Outcome> {
  const current = await bundles.get(id);
  if (current?.status !== 'published' && current?.status !== 'suspended') return 'skipped';
  const at = clock.now().toISOString();
  const facts = await bundles.memberFacts(current);
  const members = withCurrentDeclarations(current.members, facts);
  const offer = evaluateBundleOffer({ ...current, members }, facts, today);

  let action: BundleAction | undefined;
  if (current.period.end < today) action = 'expire';
  else if (current.status === 'published' && !offer.offered) action = 'suspend';
  else if (current.status === 'suspended' && offer.offered) action = 'restore';

  const refreshed = members.some((m, i) => m.declarationId !== current.members[i]?.declarationId);
  if (action === undefined && !refreshed) return 'unchanged';
  const next: BundleRecord =
    action === undefined
      ? { ...current, members, updatedAt: at, version: current.version + 1 }
      : {
          ...transitionBundle(current, action, {
            actorId: SYSTEM_ACTOR,
            at,
            ...(action === 'suspend' ? { reason: suspensionReason(offer) } : {}),
          }),
          members,
        };
  try {
    await bundles.save(
      current,
      next,
      action === undefined
        ? []
        : [
            {
              id: clock.newId(),
              orgId: current.organiserOrgId,
              at,
              actorId: SYSTEM_ACTOR,
              action: bundleChangeAction(action),
              summary: bundleChangeSummary(next, action, SYSTEM_NAME),
            },
          ],
    );
  } catch (error) {
    if (error instanceof StoreConflictError) return 'skipped';
    throw error;
  }
  return action === undefined
    ? 'refreshed'
    : action === 'suspend'
      ? 'suspended'
      : action === 'restore'
        ? 'restored'
        : 'expired';
}
