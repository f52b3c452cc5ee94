import {
  assertMayFile,
  filedLicence,
  filingIssues,
  licenceRefusal,
  type OpenLicence,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { type LicenceView, licenceView } from './licence-view.ts';
import { today } from './load-licence.ts';

/** Records the filing (备案) with CNIPA: its number and date. Late filings are recorded too. */
export async function recordFiling(
  deps: AppDeps,
  current: OpenLicence,
  input: { filingNumber: string; filedOn: string },
): Promise<LicenceView> {
  const day = today(deps);
  assertMayFile(current);
  const issues = filingIssues(current.effectiveDate, input.filedOn, day);
  if (issues.length > 0) throw licenceRefusal('filing_invalid', '备案登记有误', issues);
  const next = filedLicence(current, input, deps.now().toISOString());
  return licenceView(await deps.store.licences.update(current, next), day);
}
