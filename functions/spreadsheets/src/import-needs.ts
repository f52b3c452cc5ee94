import {
  ApiError,
  type AppDeps,
  addNeed,
  chinaToday,
  editNeed,
  moveNeed,
  refusalMessage,
} from '@openlicense/app';
import { type Authorisation, isLive, type NeedInput, type Principal } from '@openlicense/domain';
import { duplicateKeys, type LedgerReadResult, type LedgerRowError } from '@openlicense/ledger-io';
import type { ImportProgress } from './import-progress.ts';
import { sameNeedContent } from './need-content.ts';
import type { NeedRow } from './need-sheet.ts';

const ENTERPRISE = '企业名称';
const REF = '导入编号';

interface Owner {
  orgId: string;
  auth: Authorisation | undefined;
}

/**
 * 技术需求导入. An enterprise imports its own ledger; an agency or park imports for the enterprises that
 * authorised it, each row checked against a live authorisation. A row with 导入编号 is matched to what
 * the same importer entered before, so importing the same file twice changes nothing.
 */
export async function importNeeds(
  deps: AppDeps,
  principal: Principal,
  read: LedgerReadResult<NeedRow>,
  progress: ImportProgress = { processed: 0 },
): Promise<{ created: number; updated: number; unchanged: number; errors: LedgerRowError[] }> {
  const errors: LedgerRowError[] = [...read.errors];
  const resolve = await ownerResolver(deps, principal);
  const owned: { row: number; value: NeedRow; owner: Owner }[] = [];
  for (const { row, value } of read.rows) {
    const owner = resolve(value);
    if ('error' in owner) errors.push({ row, column: ENTERPRISE, message: owner.error });
    else owned.push({ row, value, owner });
  }
  const duplicates = duplicateKeys(
    owned.filter((r) => r.value.clientRef !== undefined),
    { column: REF, keyOf: (value: NeedRow) => value.clientRef ?? '' },
  );
  errors.push(...duplicates);
  const skip = new Set(duplicates.map((d) => d.row));
  progress.processed += read.rows.length - owned.length + skip.size;

  const result = { created: 0, updated: 0, unchanged: 0 };
  // One row at a time: each write is a transaction with the authorisation check and the evidence.
  for (const { row, value, owner } of owned) {
    if (skip.has(row)) continue;
    progress.processed++;
    const { enterpriseName: _n, enterpriseUscc: _u, publish, ...input } = value;
    try {
      const outcome = await upsert(deps, principal, owner, input, publish);
      result[outcome]++;
    } catch (error) {
      const message = refusalMessage(error);
      if (message === undefined) throw error;
      errors.push({ row, column: REF, message });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...result, errors };
}

async function upsert(deps: AppDeps, principal: Principal, owner: Owner, input: NeedInput, publish: boolean) {
  const scope = owner.auth?.agentOrgId ?? owner.orgId;
  const existing = input.clientRef
    ? await deps.store.needs.findByClientRef(owner.orgId, scope, input.clientRef)
    : undefined;
  if (!existing) {
    const view = await addNeed(deps, principal, owner.orgId, input, owner.auth);
    if (publish && view.availableActions.includes('open'))
      await moveNeed(
        deps,
        principal,
        { need: view, auth: owner.auth },
        { action: 'open', version: view.version },
      );
    return 'created' as const;
  }
  if (sameNeedContent(existing, input)) return 'unchanged' as const;
  await editNeed(deps, principal, { need: existing, auth: owner.auth }, input, existing.version);
  return 'updated' as const;
}

/** Only enterprises and the agencies and parks they authorise import needs: refused at upload, before a job is queued. */
export function assertNeedImporter(principal: Principal): void {
  const type = principal.membership?.orgType;
  if (type !== 'enterprise' && type !== 'agency' && type !== 'park')
    throw new ApiError(
      403,
      'forbidden',
      '只有企业及受托的服务机构、园区可以导入技术需求 / only enterprises and their agents import needs',
    );
}

/** Who each row is for: the caller's own enterprise, or an enterprise that authorised the caller's agency/park. */
async function ownerResolver(
  deps: AppDeps,
  principal: Principal,
): Promise<(row: NeedRow) => Owner | { error: string }> {
  const m = principal.membership!;
  assertNeedImporter(principal);
  if (m.orgType === 'enterprise') return () => ({ orgId: m.orgId, auth: undefined });
  const today = chinaToday(deps.now());
  const live = (await deps.store.authorisations.listByAgent(m.orgId)).filter((auth) => isLive(auth, today));
  const byKey = new Map<string, Owner>();
  for (const auth of live) {
    const org = await deps.store.orgs.get(auth.enterpriseOrgId);
    if (!org) continue;
    byKey.set(`name:${org.name}`, { orgId: org.id, auth });
    byKey.set(`uscc:${org.uscc}`, { orgId: org.id, auth });
  }
  return (row) => {
    if (!row.enterpriseName && !row.enterpriseUscc)
      return { error: '请填写企业名称或统一社会信用代码 / name the enterprise this need is for' };
    const owner =
      (row.enterpriseUscc && byKey.get(`uscc:${row.enterpriseUscc.toUpperCase()}`)) ||
      (row.enterpriseName && byKey.get(`name:${row.enterpriseName}`));
    return (
      owner || {
        error: `未获得“${row.enterpriseName ?? row.enterpriseUscc}”的有效授权，不能代其登记需求 / no live authorisation from this enterprise`,
      }
    );
  };
}
