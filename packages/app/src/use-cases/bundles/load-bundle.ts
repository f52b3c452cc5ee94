import {
  BUNDLE_ISSUE_TITLES,
  type BundleRecord,
  DomainError,
  type Issue,
  isoDateInChina,
  type Org,
} from '@openlicense/domain';
import type { AuditEntry } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import type { TitledIssue } from '../declarations.ts';

export const titled = (issue: Issue): TitledIssue => ({
  ...issue,
  title: BUNDLE_ISSUE_TITLES[issue.code] ?? issue.code,
});

/** Today in China, the day licence periods are counted in. */
export const today = (deps: Pick<AppDeps, 'now'>) => isoDateInChina(deps.now());

export const STALE = () =>
  new DomainError(
    'stale_version',
    '该专利包已被他人修改，请刷新后重试 / the bundle changed meanwhile, reload and retry',
    409,
  );

export async function loadBundle(deps: AppDeps, id: string): Promise<BundleRecord> {
  const record = await deps.store.bundles.get(id);
  if (!record) throw new DomainError('not_found', '未找到该专利包 / bundle not found', 404);
  return record;
}

export async function loadOrg(deps: AppDeps, orgId: string): Promise<Org> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  return org;
}

export const audit = (
  deps: AppDeps,
  orgId: string,
  actorId: string,
  at: string,
  action: string,
  summary: string,
): AuditEntry => ({ id: deps.newId(), orgId, at, actorId, action, summary });
