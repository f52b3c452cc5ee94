import type { Patent } from '../patent/patent.ts';
import { normaliseOrgName as canonical } from '../patent/patentee-name.ts';

/**
 * The patent as a declaration sees it. When the ledger lists the holder among the patentees by name only
 * (an imported ledger cannot carry platform ids), that entry is linked to the holder, so the holder is not
 * asked for its own consent; every other unlinked patentee stays a co-owner who must consent.
 *
 * @example linkHolderPatentee(aPatent({ patentees: [{ name: '湘江大学' }] }), '湘江大学').patentees[0]?.orgId // its holderOrgId
 */
export function linkHolderPatentee(patent: Patent, holderName: string): Patent {
  if (patent.patentees.some((patentee) => patentee.orgId === patent.holderOrgId)) return patent;
  const name = canonical(holderName);
  const index = patent.patentees.findIndex(
    (patentee) => patentee.orgId === undefined && canonical(patentee.name) === name,
  );
  if (index < 0) return patent;
  const patentees = patent.patentees.map((patentee, i) =>
    i === index ? { ...patentee, orgId: patent.holderOrgId } : patentee,
  );
  return { ...patent, patentees };
}
