import {
  createAuthorisationRepository,
  createBundleRepository,
  createConversionNeedRepository,
  createDeclarationRepository,
  createFieldAlertRepository,
  createIdempotencyRepository,
  createMarketNeedRepository,
  createMatchRepository,
  createNeedRepository,
  createOrgRepository,
  createPatentGradeRepository,
  createPatentRepository,
  createResearchFieldsRepository,
  createUserRepository,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/** The market function's store: only `GROUP_REPOSITORIES.market`. */
export const createMarketStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  const parts: GroupStoreParts<'market'> = {
    users: createUserRepository(ctx),
    orgs: createOrgRepository(ctx),
    idempotency: createIdempotencyRepository(ctx),
    patents: createPatentRepository(ctx),
    needs: createNeedRepository(ctx),
    authorisations: createAuthorisationRepository(ctx),
    marketNeeds: createMarketNeedRepository(ctx),
    fieldAlerts: createFieldAlertRepository(ctx),
    patentGrades: createPatentGradeRepository(ctx),
    declarations: createDeclarationRepository(ctx),
    matches: createMatchRepository(ctx),
    researchFields: createResearchFieldsRepository(ctx),
    // 成果转化需求: posted on a listing or a bundle; an answer writes its deal lead through this repository.
    bundles: createBundleRepository(ctx),
    conversionNeeds: createConversionNeedRepository(ctx),
    cursors: ctx.cursors,
  };
  return restrictStore('market', parts);
};
