import type { LedgerGrade } from '@openlicense/contract';
import type { BundleRecord, Principal } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { ledgerGrade } from '../patent-grades.ts';

/**
 * The grades (分级分类) of a bundle's member patents that `principal` may read, by patent number: every
 * member's for the organising organisation (the agency or park that builds the bundle or pool), a holder's
 * own members' for a holder (`null`: not graded yet); `undefined` for anyone else (the public, the IP office,
 * other organisations). A grade stored for another holder (the patent changed hands since) is not the member's.
 */
export async function bundleMemberGrades(
  deps: AppDeps,
  principal: Principal | undefined,
  record: BundleRecord,
): Promise<Record<string, LedgerGrade | null> | undefined> {
  const orgId = principal?.membership?.orgId;
  if (orgId === undefined) return undefined;
  const organiser = orgId === record.organiserOrgId;
  const members = record.members.filter((member) => organiser || member.holderOrgId === orgId);
  if (members.length === 0) return undefined;
  const stored = await deps.store.patentGrades.getMany(members.map((member) => member.patentNumber));
  const grades: Record<string, LedgerGrade | null> = {};
  for (const member of members) {
    const record = stored.get(member.patentNumber);
    grades[member.patentNumber] =
      record && record.holderOrgId === member.holderOrgId ? ledgerGrade(record) : null;
  }
  return grades;
}
