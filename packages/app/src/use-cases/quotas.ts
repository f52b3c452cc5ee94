import {
  type AwaitingItem,
  awaitingCounts,
  type ChainCheck,
  compareOrgNames,
  coversRegion,
  DEFAULT_QUOTA_TARGET_VALUES,
  DomainError,
  type EvidenceEntry,
  type EvidenceKind,
  evaluateQuotas,
  evidenceForTarget,
  type Org,
  type OrgType,
  overallQuotaStatus,
  type Principal,
  patchQuotaTargetValues,
  type QuotaKey,
  type QuotaStatus,
  type QuotaTarget,
  type QuotaTargetSettings,
  type QuotaTargetValuesPatch,
  quotaTargetsFor,
  quotaTargetValueIssues,
  type TargetEvidenceTotals,
  targetEvidenceTotals,
  yearElapsed,
} from '@openlicense/domain';
import { ApiError } from '../api-error.ts';
import type { AppDeps } from '../deps.ts';
import { awaitingFor } from './confirmations.ts';

export interface QuotaReport {
  orgId: string;
  orgName: string;
  orgType: OrgType;
  year: number;
  /** The worst of the targets' statuses (met only when every target is). */
  status: QuotaStatus;
  targets: QuotaTarget[];
  /** Results of the year not counted: waiting for the organisation's confirmation, or disputed by it. */
  awaiting: { unconfirmed: number; disputed: number };
}

const notFound = () => new DomainError('not_found', '未找到该机构 / organisation not found', 404);

/** The targets `org` is measured on in `year`, with the actuals its counters hold. */
export async function orgQuotaReport(
  deps: AppDeps,
  org: Org,
  year: number,
  settings: QuotaTargetSettings,
  /** The organisation's waiting items when the caller has them already (the evaluation report does). */
  awaitingItems?: readonly AwaitingItem[],
): Promise<QuotaReport> {
  const lastYear = org.type === 'university' ? await deps.store.quotas.counts(org.id, year - 1) : {};
  const definitions = quotaTargetsFor(org.type, settings.values, lastYear);
  const counts = definitions.length > 0 ? await deps.store.quotas.counts(org.id, year) : {};
  const targets = evaluateQuotas(definitions, counts, yearElapsed(year, deps.now()));
  const awaiting = definitions.length === 0 ? [] : (awaitingItems ?? (await awaitingFor(deps, org.id, year)));
  return {
    orgId: org.id,
    orgName: org.name,
    orgType: org.type,
    year,
    status: overallQuotaStatus(targets),
    targets,
    awaiting: awaitingCounts(awaiting),
  };
}

/** The yearly targets of `orgId` with target, actual, met and status. */
export async function quotaReport(deps: AppDeps, orgId: string, year: number): Promise<QuotaReport> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw notFound();
  return orgQuotaReport(deps, org, year, await deps.store.quotaTargets.get(year));
}

/** Every approved organisation (the IP office's own aside). */
export async function approvedOrgs(deps: AppDeps): Promise<Org[]> {
  const orgs: Org[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.orgs.listByStatus('approved', {
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    orgs.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return orgs.filter((org) => org.type !== 'ip_office');
}

/** Runs `work` over `items`, `width` at a time, keeping their order. */
export async function mapPool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

const SEVERITY: Readonly<Record<QuotaStatus, number>> = { missed: 0, at_risk: 1, on_track: 2, met: 3 };

export interface QuotaOverview {
  year: number;
  /** How many organisations (after the type filter) are in each status. */
  counts: Record<QuotaStatus, number>;
  /** The worst first, then by name. */
  items: QuotaReport[];
}

/** The approved organisations an IP office of `officeRegionCode` evaluates: those of its jurisdiction. */
export async function approvedOrgsInJurisdiction(deps: AppDeps, officeRegionCode: string | undefined) {
  return (await approvedOrgs(deps)).filter((org) => coversRegion(officeRegionCode, org.regionCode));
}

/**
 * The IP office's overview: every approved organisation of its jurisdiction (`officeRegionCode`, by
 * region-code prefix) with its targets and overall status, filterable.
 */
export async function quotaOverview(
  deps: AppDeps,
  year: number,
  filter: { type?: OrgType | undefined; status?: QuotaStatus | undefined },
  officeRegionCode: string | undefined,
): Promise<QuotaOverview> {
  const settings = await deps.store.quotaTargets.get(year);
  const orgs = (await approvedOrgsInJurisdiction(deps, officeRegionCode)).filter(
    (org) => !filter.type || org.type === filter.type,
  );
  const reports = (await mapPool(orgs, 8, (org) => orgQuotaReport(deps, org, year, settings))).filter(
    (report) => report.targets.length > 0,
  );
  const counts: Record<QuotaStatus, number> = { met: 0, on_track: 0, at_risk: 0, missed: 0 };
  for (const report of reports) counts[report.status] += 1;
  const items = reports
    .filter((report) => !filter.status || report.status === filter.status)
    .sort(
      (a, b) =>
        SEVERITY[a.status] - SEVERITY[b.status] ||
        compareOrgNames(a.orgName, b.orgName) ||
        a.orgId.localeCompare(b.orgId),
    );
  return { year, counts, items };
}

export interface QuotaTargetsView extends QuotaTargetSettings {
  /** The guide's values, to show what the IP office changed. */
  defaults: QuotaTargetSettings['values'];
}

export async function getQuotaTargets(deps: AppDeps, year: number): Promise<QuotaTargetsView> {
  return { ...(await deps.store.quotaTargets.get(year)), defaults: DEFAULT_QUOTA_TARGET_VALUES };
}

/** The IP office changes a year's targets (optimistic locking on `version`; 0 while on the defaults). */
export async function saveQuotaTargets(
  deps: AppDeps,
  principal: Principal,
  year: number,
  patch: QuotaTargetValuesPatch,
  version: number,
): Promise<QuotaTargetsView> {
  const current = await deps.store.quotaTargets.get(year);
  if (current.version !== version)
    throw new ApiError(
      409,
      'stale_version',
      `年度指标已被他人修改（当前版本 ${current.version}），请刷新后重试 / the targets changed (version ${current.version}); reload and retry`,
    );
  const values = patchQuotaTargetValues(current.values, patch);
  const issues = quotaTargetValueIssues(values);
  if (issues.length > 0)
    throw new ApiError(422, 'invalid_targets', issues.map((i) => i.message).join('；'), issues);
  const now = deps.now();
  const orgId = principal.membership?.orgId ?? '';
  const saved = await deps.store.quotaTargets.put(year, values, version, principal.userId, now, [
    {
      id: deps.newId(),
      orgId,
      at: now.toISOString(),
      actorId: principal.userId,
      action: 'quota.targets_changed',
      summary: `修改 ${year} 年度考核指标：${Object.keys(patch).join('、') || '无变化'}`,
    },
  ]);
  return getQuotaTargets(deps, saved.year);
}

export interface EvidenceList {
  orgId: string;
  year: number;
  target?: QuotaKey;
  /** A page of the entries, oldest first. */
  items: EvidenceEntry[];
  /** Of every entry that matches, not only this page's. */
  totals: TargetEvidenceTotals;
  /** Pass as `after` for the next page. */
  nextAfter?: number;
}

/**
 * An organisation's evidence of a year, oldest first: all of it, of one kind, or what proves one target;
 * `limit` entries after the entry numbered `after`, with the totals of all.
 */
export async function listEvidence(
  deps: AppDeps,
  orgId: string,
  year: number,
  filter: { kind?: EvidenceKind | undefined; target?: QuotaKey | undefined },
  page: { limit: number; after?: number | undefined } = { limit: 500 },
): Promise<EvidenceList> {
  if (!(await deps.store.orgs.get(orgId))) throw notFound();
  const entries = await deps.store.evidence.list(orgId, {
    year: String(year),
    ...(filter.kind ? { kind: filter.kind } : {}),
  });
  const matching = filter.target ? evidenceForTarget(filter.target, entries) : entries;
  const rest = page.after === undefined ? matching : matching.filter((entry) => entry.seq > page.after!);
  const items = rest.slice(0, page.limit);
  return {
    orgId,
    year,
    ...(filter.target ? { target: filter.target } : {}),
    items,
    totals: targetEvidenceTotals(matching),
    ...(rest.length > page.limit ? { nextAfter: items.at(-1)!.seq } : {}),
  };
}

/** Recomputes `orgId`'s whole chain and reports the first broken link. */
export async function verifyEvidence(
  deps: AppDeps,
  orgId: string,
): Promise<ChainCheck & { orgId: string; checkedAt: string }> {
  if (!(await deps.store.orgs.get(orgId))) throw notFound();
  const check = await deps.store.evidence.verify(orgId);
  return { orgId, ...check, checkedAt: deps.now().toISOString() };
}
