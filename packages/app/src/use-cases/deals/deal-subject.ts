import { type Deal, type DealParty, DomainError, type Org, type OrgType } from '@openlicense/domain';
import { type DealDeps, invalid } from './load-deal.ts';

export const party = (org: Org): DealParty => ({ orgId: org.id, name: org.name, type: org.type });

/** An approved organisation of one of `types`, or the 422 naming `path`. */
export async function approvedOrg(
  deps: DealDeps,
  id: string,
  types: readonly OrgType[],
  path: string,
  what: string,
) {
  const org = await deps.store.orgs.get(id);
  if (org?.status !== 'approved')
    throw invalid(path, `${what}不存在或尚未审核通过 / ${path} names no approved organisation`);
  if (!types.includes(org.type))
    throw invalid(
      path,
      `${what}的机构类型不符 / ${path} must be an organisation of type ${types.join(', ')}`,
    );
  return org;
}

export interface Subject {
  patents: Deal['patents'];
  bundleId?: string;
  listingId?: string;
}

/** The patents a lead's listing names: a declaration's patent, or a bundle's members. */
export async function subjectOfListing(deps: DealDeps, listingId: string): Promise<Subject> {
  if (listingId.startsWith('bundle:'))
    return subjectOfBundle(deps, listingId.slice('bundle:'.length), listingId);
  const declaration = await deps.store.declarations.get(listingId);
  if (!declaration)
    throw invalid('source.leadId', '线索对应的成果已不存在 / the lead’s listing no longer exists');
  return {
    patents: [
      {
        number: declaration.patentNumber,
        title: declaration.listing.title,
        holderOrgId: declaration.holderOrgId,
      },
    ],
    listingId,
  };
}

export async function subjectOfBundle(
  deps: DealDeps,
  bundleId: string,
  listingId?: string,
): Promise<Subject> {
  const bundle = await deps.store.bundles.get(bundleId);
  if (!bundle) throw invalid('bundleId', '未找到该专利包 / bundleId names no bundle');
  return {
    patents: bundle.members.map((m) => ({
      number: m.patentNumber,
      title: m.title,
      holderOrgId: m.holderOrgId,
    })),
    bundleId,
    ...(listingId ? { listingId } : {}),
  };
}

export async function subjectOfPatents(deps: DealDeps, numbers: readonly string[]): Promise<Subject> {
  const found = await deps.store.patents.getMany([...numbers]);
  const issues = numbers.flatMap((number, i) =>
    found.has(number)
      ? []
      : [
          {
            path: `patentNumbers.${i}`,
            message: `专利 ${number} 不在平台专利台账中 / patent ${number} is in no ledger here`,
          },
        ],
  );
  if (issues.length > 0)
    throw new DomainError('invalid_input', issues.map((i) => i.message).join('；'), 422, issues);
  return {
    patents: numbers.map((number) => {
      const patent = found.get(number)!;
      return { number, title: patent.title, holderOrgId: patent.holderOrgId };
    }),
  };
}
