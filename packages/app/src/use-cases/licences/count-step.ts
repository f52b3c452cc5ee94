import {
  byOwnWord,
  type LicenceCountEntry,
  type LicenceReceipt,
  type LicenceStep,
  licenceCounts,
  type OpenLicence,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

/** The licensors of `licence` that are universities (only they count conversions). */
async function universityLicensors(deps: AppDeps, licence: OpenLicence): Promise<Set<string>> {
  const orgs = await Promise.all(licence.licensors.map((party) => deps.store.orgs.get(party.orgId)));
  return new Set(orgs.flatMap((org) => (org && org.type === 'university' ? [org.id] : [])));
}

/**
 * What a licence step counts (`licenceCounts`), split by whose word it is (`byOwnWord`): the licensee's part
 * now, the licensors' and broker's in a receipt. `counted` is the licence as the step leaves it; `parties`
 * names the licensors the receipt is answered by.
 */
export async function countStep(
  deps: AppDeps,
  counted: OpenLicence,
  step: LicenceStep,
  parties: Pick<OpenLicence, 'licensors'>,
  proofReference?: string,
): Promise<{ now: LicenceCountEntry[]; receipt?: LicenceReceipt }> {
  if (step.kind !== 'open_licence' && step.amountFen === 0) return { now: [] };
  const universities = await universityLicensors(deps, counted);
  return byOwnWord(
    licenceCounts(counted, step, universities),
    step,
    parties,
    () => deps.newId(),
    proofReference,
  );
}
