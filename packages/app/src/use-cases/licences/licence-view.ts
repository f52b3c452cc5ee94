import {
  type FilingState,
  filingState,
  isoDateInChina,
  nextInstalment,
  type OpenLicence,
  type Principal,
  type WrittenNotice,
  writtenNotice,
} from '@openlicense/domain';
import type { LicenceParty, Page } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { orgOf, today } from './load-licence.ts';

export interface LicenceView extends OpenLicence {
  /** Where the filing stands today (absent before the licence takes effect). */
  filingState?: FilingState;
  /** What a payment recorded now must amount to (0 when nothing is due). */
  dueNowFen: number;
  /** The next instalment, for an instalment licence. */
  nextInstalment?: { number: number; amountFen: number; dueOn: string };
}

export function licenceView(licence: OpenLicence, day: string): LicenceView {
  const next = nextInstalment(licence);
  return {
    ...licence,
    ...(licence.filing ? { filingState: filingState(licence.filing, day) } : {}),
    dueNowFen: licence.status === 'notice_sent' ? licence.dueOnAcceptanceFen : (next?.amountFen ?? 0),
    ...(next ? { nextInstalment: next } : {}),
  };
}

export async function listLicences(
  deps: AppDeps,
  principal: Principal,
  as: LicenceParty,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<LicenceView>> {
  const day = today(deps);
  const result = await deps.store.licences.listFor(orgOf(principal), as, page);
  return { ...result, items: result.items.map((licence) => licenceView(licence, day)) };
}

export const noticeOf = (licence: OpenLicence): WrittenNotice & { licenceId: string; status: string } => ({
  licenceId: licence.id,
  status: licence.status,
  ...writtenNotice(licence),
});

/** Effective licences not filed whose deadline passed (`overdue`) or falls within 30 days (`soon`). */
export async function listFilings(
  deps: AppDeps,
  principal: Principal,
  due: 'overdue' | 'soon',
): Promise<{ items: LicenceView[] }> {
  const day = today(deps);
  const wanted: readonly FilingState[] = due === 'overdue' ? ['overdue'] : ['due_soon', 'urgent'];
  const m = principal.membership;
  let candidates: OpenLicence[];
  if (m?.orgType === 'ip_office' && m.orgStatus === 'approved') {
    candidates = await deps.store.licences.filingDueBy(
      isoDateInChina(new Date(deps.now().getTime() + 31 * 86_400_000)),
    );
  } else {
    const orgId = orgOf(principal);
    const [asLicensee, asLicensor] = await Promise.all([
      deps.store.licences.allFor(orgId, 'licensee'),
      deps.store.licences.allFor(orgId, 'licensor'),
    ]);
    candidates = [...asLicensee, ...asLicensor];
  }
  const items = candidates
    .filter((licence) => licence.filing && wanted.includes(filingState(licence.filing, day)))
    .sort((a, b) => (a.filing?.deadline ?? '').localeCompare(b.filing?.deadline ?? ''))
    .map((licence) => licenceView(licence, day));
  return { items };
}
