import {
  type BundleDraftInput,
  type BundleMemberRecord,
  bundleMemberOf,
  DomainError,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

/**
 * Each member of `input` as the patent ledger has it, with its holder's name. A number in nobody's ledger
 * is refused with 422, naming the member's field.
 */
export async function resolveMembers(deps: AppDeps, input: BundleDraftInput): Promise<BundleMemberRecord[]> {
  const numbers = input.members.map((m) => m.patentNumber);
  const patents = await deps.store.patents.getMany(numbers);
  const missing = numbers.flatMap((number, i) => (patents.has(number) ? [] : [{ number, i }]));
  if (missing.length > 0) {
    throw new DomainError(
      'member_patent_not_found',
      `专利台账中没有这些专利，请先由持有机构登记：${missing.map((m) => `ZL${m.number}`).join('、')} / not in any patent ledger: ${missing.map((m) => m.number).join(', ')}`,
      422,
      missing.map(({ number, i }) => ({
        path: `members.${i}.patentNumber`,
        message: `专利 ZL${number} 不在任何机构的专利台账中 / ZL${number} is in no ledger`,
      })),
    );
  }
  const holderIds = [...new Set([...patents.values()].map((p) => p.holderOrgId))];
  const holders = new Map(
    await Promise.all(
      holderIds.map(async (id) => [id, (await deps.store.orgs.get(id))?.name ?? id] as const),
    ),
  );
  return numbers.map((number) => {
    const patent = patents.get(number)!;
    return bundleMemberOf(patent, holders.get(patent.holderOrgId) ?? patent.holderOrgId);
  });
}
