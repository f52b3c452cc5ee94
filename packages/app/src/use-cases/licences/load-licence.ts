import { DomainError, isoDateInChina, type OpenLicence } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

export { orgOf } from '../acting-principal.ts';
export const today = (deps: Pick<AppDeps, 'now'>) => isoDateInChina(deps.now());

export const LICENCE_NOT_FOUND = () =>
  new DomainError('not_found', '未找到该开放许可 / open licence not found', 404);

export async function loadLicence(deps: AppDeps, id: string): Promise<OpenLicence> {
  const licence = await deps.store.licences.get(id);
  if (!licence) throw LICENCE_NOT_FOUND();
  return licence;
}
