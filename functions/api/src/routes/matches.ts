import { listingMatches, listingOwner, loadMatchedListing, loadNeedFor, needMatches } from '@openlicense/app';
import { MatchListSchema } from '@openlicense/contract/matches';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard, IdParamSchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['匹配 Matching'];

const ULID = '[0-9A-HJKMNP-TV-Z]{26}';
/** A declaration id, or `bundle:<id>` for a bundle. */
export const ListingIdParamSchema = z.object({
  id: z
    .string()
    .check(z.regex(new RegExp(`^(bundle:)?${ULID}$`), '成果编号格式不正确 / listing id is not valid')),
});
const LimitQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
});
const ofNeed = defineRoute({
  method: 'get',
  path: '/needs/{id}/matches',
  tags,
  summary: '需求的匹配成果，最佳在前，附匹配说明 / the need’s matches, best first, with explanations',
  request: { params: IdParamSchema, query: LimitQuerySchema },
  responses: { 200: { description: '匹配 / matches', schema: MatchListSchema }, ...COMMON_ERRORS },
});
const ofListing = defineRoute({
  method: 'get',
  path: '/listings/{id}/matches',
  tags,
  summary: '成果匹配的企业需求（仅调用方可见的需求）/ the needs a listing matches, those the caller may see',
  request: { params: ListingIdParamSchema, query: LimitQuerySchema },
  responses: { 200: { description: '匹配 / matches', schema: MatchListSchema }, ...COMMON_ERRORS },
});

export const matchRoutes = (router: ApiRouter) =>
  router
    .route(ofNeed, async (c, { params: { id }, query: { limit } }) => {
      const { need, auth } = await loadNeedFor(c.get('deps'), c.get('principal'), id);
      guard(c, 'need.read', { need, liveAuthorisation: !!auth });
      return c.json(await needMatches(c.get('deps'), id, limit));
    })
    .route(ofListing, async (c, { params: { id }, query: { limit } }) => {
      const deps = c.get('deps');
      const listing = await loadMatchedListing(deps, id);
      const principal = guard(c, 'match.read', { ownerOrgId: listingOwner(listing, c.get('principal')) });
      return c.json(await listingMatches(deps, principal, id, limit));
    });
