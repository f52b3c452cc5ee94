import type { Waiting, WaitingCode, WaitingItem } from '@openlicense/contract/waiting';
import { awaitingCounts, chinaYear, type Org, type Principal } from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';
import { awaitingFor } from './confirmations.ts';
import { listFilings } from './licences/licence-view.ts';
import { listOrgsInJurisdiction } from './org-applications.ts';
import { listPatentDisputes } from './patent-disputes.ts';
import { listProposals } from './proposal-queue.ts';
import { approvedOrgsInJurisdiction, mapPool, orgQuotaReport } from './quotas.ts';

/** A home page counts, it does not list: at most this many pages of 100 are read per count. */
const MAX_PAGES = 20;
const PAGE = 100;

/** Every item of a paged read (up to `MAX_PAGES` pages). */
async function readAll<T>(read: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await read(cursor);
    all.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return all;
}

const item = (code: WaitingCode, count: number, date?: string): WaitingItem =>
  date === undefined ? { code, count } : { code, count, date };

const earliest = (dates: readonly (string | undefined)[]) =>
  dates.filter((d): d is string => d !== undefined).sort()[0];

const PATENT_HOLDERS: readonly Org['type'][] = ['university', 'enterprise', 'park'];
const BROKERS: readonly Org['type'][] = ['agency', 'park'];

async function declarationItems(deps: AppDeps, orgId: string): Promise<WaitingItem[]> {
  const count = async (status: 'rejected' | 'draft' | 'submitted') =>
    (await readAll((cursor) => deps.store.declarations.listByOrg(orgId, { status, limit: PAGE, cursor })))
      .length;
  const [rejected, drafts, submitted] = await Promise.all([
    count('rejected'),
    count('draft'),
    count('submitted'),
  ]);
  return [
    item('declarations_to_revise', rejected),
    item('declarations_drafts', drafts),
    item('declarations_in_review', submitted),
  ];
}

async function bundleItems(deps: AppDeps, principal: Principal, orgId: string): Promise<WaitingItem[]> {
  const bundles = await readAll((cursor) => deps.store.bundles.listForOrg(orgId, { limit: PAGE, cursor }));
  const organised = bundles.filter((b) => b.organiserOrgId === orgId);
  const consents = bundles.filter(
    (b) =>
      b.holders.some((h) => h.orgId === orgId && h.decision === 'pending') &&
      !['withdrawn', 'expired'].includes(b.status),
  );
  return [
    // Only the holder's admin consents or declines, so a member is not told to.
    ...(principal.membership?.role === 'admin' ? [item('bundle_consents', consents.length)] : []),
    item('bundles_to_revise', organised.filter((b) => b.status === 'rejected').length),
    item('bundles_in_review', organised.filter((b) => b.status === 'submitted').length),
  ];
}

async function brokerItems(
  deps: AppDeps,
  principal: Principal,
  orgId: string,
  today: string,
): Promise<WaitingItem[]> {
  const [proposals, links] = await Promise.all([
    readAll((cursor) => listProposals(deps, principal, { status: 'proposed', limit: PAGE, cursor })),
    deps.store.events.listForOrg(orgId),
  ]);
  const toRecord = links.filter(
    ({ event, roles }) =>
      roles.includes('organiser') &&
      event.status === 'planned' &&
      event.date <= today &&
      (!event.attendance || !event.minutes),
  );
  return [
    item('proposals_to_review', proposals.length),
    item('events_to_record', toRecord.length, earliest(toRecord.map((l) => l.event.date))),
  ];
}

async function enterpriseItems(deps: AppDeps, orgId: string): Promise<WaitingItem[]> {
  return [item('unread_pushes', await deps.store.pushes.unreadCount(orgId))];
}

/**
 * Invitations to upcoming events the organisation has not registered for: an enterprise's to matchmaking
 * and briefings, a university's, agency's or park's to the briefings whose audience names its kind.
 */
async function invitationItems(deps: AppDeps, orgId: string, today: string): Promise<WaitingItem[]> {
  const links = await deps.store.events.listForOrg(orgId);
  const upcoming = links.filter(
    ({ event, roles }) => roles.includes('invited') && event.status === 'planned' && event.date >= today,
  );
  const registered = await Promise.all(
    upcoming.map(async ({ event }) =>
      (await deps.store.events.registrations(event.id)).some((r) => r.orgId === orgId),
    ),
  );
  const open = upcoming.filter((_, i) => !registered[i]);
  return [item('event_invitations', open.length, earliest(open.map((l) => l.event.date)))];
}

async function filingItems(deps: AppDeps, principal: Principal, office: boolean): Promise<WaitingItem[]> {
  const deadline = (items: { filing?: { deadline: string } | undefined }[]) =>
    earliest(items.map((l) => l.filing?.deadline));
  const overdue = (await listFilings(deps, principal, 'overdue')).items;
  if (office) return [item('filings_overdue', overdue.length, deadline(overdue))];
  const soon = (await listFilings(deps, principal, 'soon')).items;
  return [
    item('filings_overdue', overdue.length, deadline(overdue)),
    item('filings_due_soon', soon.length, deadline(soon)),
  ];
}

/**
 * The IP office's organisations behind on their quotas this year, as its overview counts them. Their
 * statuses need only the counters, so what waits for their confirmation is not read here.
 */
async function quotaStandings(deps: AppDeps, principal: Principal): Promise<WaitingItem[]> {
  const year = Number(chinaYear(deps.now()));
  const [orgs, settings] = await Promise.all([
    approvedOrgsInJurisdiction(deps, principal.membership?.regionCode),
    deps.store.quotaTargets.get(year),
  ]);
  const reports = await mapPool(orgs, 8, (org) => orgQuotaReport(deps, org, year, settings, []));
  const measured = reports.filter((report) => report.targets.length > 0);
  return [
    item('orgs_at_risk', measured.filter((report) => report.status === 'at_risk').length),
    item('orgs_missed', measured.filter((report) => report.status === 'missed').length),
  ];
}

async function officeItems(deps: AppDeps, principal: Principal): Promise<WaitingItem[]> {
  const [applications, declarations, bundles, disputes, filings, standings] = await Promise.all([
    readAll((cursor) => listOrgsInJurisdiction(deps, principal, 'pending', { limit: PAGE, cursor })),
    readAll((cursor) => deps.store.declarations.listSubmitted({ limit: PAGE, cursor })),
    readAll((cursor) => deps.store.bundles.listByStatus('submitted', { limit: PAGE, cursor })),
    readAll((cursor) => listPatentDisputes(deps, principal, { status: 'open', limit: PAGE, cursor })),
    filingItems(deps, principal, true),
    quotaStandings(deps, principal),
  ]);
  return [
    item('org_applications', applications.length),
    item('declaration_reviews', declarations.length),
    item('bundle_reviews', bundles.length),
    item('patent_disputes', disputes.length),
    ...filings,
    ...standings,
  ];
}

/**
 * What waits for the signed-in user (the home page): for each kind of task its role has, how many wait and
 * where relevant the earliest date; and this year's quotas. Read from the same store reads as the screens
 * where each task is done, so a count matches the list it links to. An organisation not approved yet has
 * nothing here (its home is its application).
 */
export async function waitingFor(deps: AppDeps, principal: Principal): Promise<Waiting> {
  const m = principal.membership;
  if (!m) return { orgId: null, items: [], quota: null };
  const org = await deps.store.orgs.get(m.orgId);
  if (org?.status !== 'approved') return { orgId: m.orgId, items: [], quota: null };
  if (org.type === 'ip_office')
    return { orgId: org.id, items: await officeItems(deps, principal), quota: null };

  const today = chinaToday(deps.now());
  const year = Number(chinaYear(deps.now()));
  const [declarations, bundles, broker, enterprise, invitations, filings, awaiting, settings] =
    await Promise.all([
      PATENT_HOLDERS.includes(org.type) ? declarationItems(deps, org.id) : [],
      bundleItems(deps, principal, org.id),
      BROKERS.includes(org.type) ? brokerItems(deps, principal, org.id, today) : [],
      org.type === 'enterprise' ? enterpriseItems(deps, org.id) : [],
      invitationItems(deps, org.id, today),
      filingItems(deps, principal, false),
      awaitingFor(deps, org.id),
      deps.store.quotaTargets.get(year),
    ]);
  const counts = awaitingCounts(awaiting);
  // The report's own waiting counts are not sent: the confirmation items above are the whole list.
  const report = await orgQuotaReport(deps, org, year, settings, awaiting);
  return {
    orgId: org.id,
    items: [
      ...enterprise,
      ...invitations,
      ...broker,
      ...declarations,
      ...bundles,
      ...filings,
      item('confirmations_unconfirmed', counts.unconfirmed),
      item('confirmations_disputed', counts.disputed),
    ],
    quota: {
      year,
      status: report.status,
      targets: report.targets.map((t) => ({
        key: t.key,
        target: t.target,
        actual: t.actual,
        status: t.status,
        ...(t.either ? { either: { target: t.either.target, actual: t.either.actual } } : {}),
      })),
    },
  };
}
