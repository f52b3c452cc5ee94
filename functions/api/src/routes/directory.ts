import { lookupOffers, lookupOrgs, lookupPatents } from '@openlicense/app';
import {
  DirectoryOfferListSchema,
  DirectoryOfferQuerySchema,
  DirectoryOrgListSchema,
  DirectoryOrgQuerySchema,
  DirectoryPatentListSchema,
  DirectoryPatentQuerySchema,
} from '@openlicense/contract/directory';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';

const tags = ['查找 Directory look-ups'];
const { 400: invalid, 401: unauthenticated, 403: forbidden } = COMMON_ERRORS;
const ERRORS = { 400: invalid, 401: unauthenticated, 403: forbidden };

const orgs = defineRoute({
  method: 'get',
  path: '/directory/orgs',
  tags,
  summary:
    '按名称查找已审核的机构（选择器用，只返回名称与编号）/ approved organisations by name, for pickers: names and ids only',
  request: { query: DirectoryOrgQuerySchema },
  responses: {
    200: { description: '按拼音排序 / in pinyin order', schema: DirectoryOrgListSchema },
    ...ERRORS,
  },
});
const patents = defineRoute({
  method: 'get',
  path: '/directory/patents',
  tags,
  summary:
    '按专利号或名称查找专利及其持有机构（选择器用）/ patents by number or title with their holder, for pickers',
  request: { query: DirectoryPatentQuerySchema },
  responses: { 200: { description: '专利 / patents', schema: DirectoryPatentListSchema }, ...ERRORS },
});
const offers = defineRoute({
  method: 'get',
  path: '/directory/offers',
  tags,
  summary:
    '按名称、专利号或持有机构查找已公告的开放许可与专利包（选择器用）/ published listings and bundles by title, number or holder, for pickers',
  request: { query: DirectoryOfferQuerySchema },
  responses: {
    200: {
      description: '开放许可在前，专利包在后 / listings, then bundles',
      schema: DirectoryOfferListSchema,
    },
    ...ERRORS,
  },
});

/** The pickers' look-ups: signed-in approved organisations that record deals or run events (`directory.lookup`). */
export const directoryRoutes = (router: ApiRouter) =>
  router
    .route(orgs, async (c, { query }) => {
      guard(c, 'directory.lookup');
      return c.json({ items: await lookupOrgs(c.get('deps'), query) });
    })
    .route(patents, async (c, { query }) => {
      guard(c, 'directory.lookup');
      return c.json({ items: await lookupPatents(c.get('deps'), query) });
    })
    .route(offers, async (c, { query }) => {
      guard(c, 'directory.lookup');
      return c.json({ items: await lookupOffers(c.get('deps'), query) });
    });
