import { type AppDeps, conflictMessage } from '@openlicense/app';
import {
  isAmongPatentees,
  type Patent,
  type PatentInput,
  type Principal,
  samePatentContent,
  toPatent,
  updatePatent,
} from '@openlicense/domain';
import {
  duplicateKeys,
  type LedgerReadResult,
  type LedgerRow,
  type LedgerRowError,
} from '@openlicense/ledger-io';
import { StoreConflictError } from '@openlicense/store';
import type { ImportProgress } from './import-progress.ts';
import { runPool } from './run-pool.ts';

const NUMBER_COLUMN = '专利号';
const PATENTEES_COLUMN = '专利权人';

/**
 * 专利台账导入: every good row is stored, every bad row is reported by row and column, and the same
 * file imported twice changes nothing (unchanged rows are counted, not rewritten). As in the form, a row
 * whose patentees do not name the importing organisation is refused (专利权人), and the importer must be
 * approved (the route's guard).
 */
export async function importPatents(
  deps: AppDeps,
  principal: Principal,
  read: LedgerReadResult<PatentInput>,
  progress: ImportProgress = { processed: 0 },
): Promise<{ created: number; updated: number; unchanged: number; errors: LedgerRowError[] }> {
  const orgId = principal.membership!.orgId;
  const orgName = (await deps.store.orgs.get(orgId))?.name ?? '';
  const errors: LedgerRowError[] = [...read.errors];
  const notOurs = read.rows.filter((r) => !isAmongPatentees(orgName, r.value.patentees));
  errors.push(
    ...notOurs.map(({ row }) => ({
      row,
      column: PATENTEES_COLUMN,
      message: `专利权人中没有本机构“${orgName}”：台账只能登记本机构为专利权人的专利 / your organisation is not among the patentees`,
    })),
  );
  const notOursRows = new Set(notOurs.map((r) => r.row));
  const duplicates = duplicateKeys(read.rows, {
    column: NUMBER_COLUMN,
    keyOf: (input: PatentInput) => input.number,
  });
  errors.push(...duplicates);
  const duplicateRows = new Set(duplicates.map((d) => d.row));
  const rows = read.rows.filter((r) => !duplicateRows.has(r.row) && !notOursRows.has(r.row));
  progress.processed += read.rows.length - rows.length;

  const existing = await deps.store.patents.getMany(rows.map((r) => r.value.number));
  const holderNames = new Map<string, string>();
  const result = { created: 0, updated: 0, unchanged: 0 };
  const at = deps.now().toISOString();

  await runPool(rows, 16, async ({ row, value }: LedgerRow<PatentInput>) => {
    const current = existing.get(value.number);
    try {
      if (!current) {
        const outcome = await deps.store.patents.create(toPatent(value, orgId, at));
        if (outcome.created) result.created++;
        else errors.push(await claimed(deps, row, outcome.existing, orgId, holderNames));
      } else if (current.holderOrgId !== orgId) {
        errors.push(await claimed(deps, row, current, orgId, holderNames));
      } else if (samePatentContent(current, value)) {
        result.unchanged++;
      } else {
        await deps.store.patents.update(updatePatent(current, value, at), current.version);
        result.updated++;
      }
    } catch (error) {
      if (!(error instanceof StoreConflictError)) throw error;
      errors.push({ row, column: NUMBER_COLUMN, message: conflictMessage(error) });
    }
    progress.processed++;
  });
  errors.sort((a, b) => a.row - b.row);
  return { ...result, errors };
}

async function claimed(
  deps: AppDeps,
  row: number,
  patent: Patent,
  orgId: string,
  names: Map<string, string>,
): Promise<LedgerRowError> {
  if (patent.holderOrgId === orgId)
    return {
      row,
      column: NUMBER_COLUMN,
      message: '同一专利在导入过程中被修改，请重新导入 / changed during import, import again',
    };
  if (!names.has(patent.holderOrgId))
    names.set(
      patent.holderOrgId,
      (await deps.store.orgs.get(patent.holderOrgId))?.name ?? patent.holderOrgId,
    );
  const holder = names.get(patent.holderOrgId)!;
  return {
    row,
    column: NUMBER_COLUMN,
    message: `专利 ZL${patent.number} 已由“${holder}”登记；如贵单位是专利权人，可在台账中逐条提出权属异议，由知识产权局裁决 / already held by ${holder}; if you are the patentee, file a dispute from the ledger`,
  };
}
