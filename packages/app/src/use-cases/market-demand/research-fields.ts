import type { Principal, ResearchFields, ResearchFieldsInput } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { orgOf } from '../acting-principal.ts';

/** The caller's university's research fields (研究领域); none at version 0 before the first save. */
export const getResearchFields = (deps: AppDeps, principal: Principal): Promise<ResearchFields> =>
  deps.store.researchFields.get(orgOf(principal));

/** Saves the caller's university's fields over the version read; 409 when someone saved meanwhile. */
export const saveResearchFields = (
  deps: AppDeps,
  principal: Principal,
  input: ResearchFieldsInput,
  version: number,
): Promise<ResearchFields> => deps.store.researchFields.put(orgOf(principal), input, version, deps.now());
