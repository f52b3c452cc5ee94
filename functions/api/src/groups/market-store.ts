import {
  createIdempotencyRepository,
  createNeedRepository,
  createOrgRepository,
  createPatentRepository,
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
    cursors: ctx.cursors,
  };
  return restrictStore('market', parts);
};
