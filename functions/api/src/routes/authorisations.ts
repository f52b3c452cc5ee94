import { grant, listAuthorisations, revokeAuthorisation } from '@openlicense/app';
import { AuthorisationListSchema, AuthorisationViewSchema } from '@openlicense/contract';
import { AuthorisationInputSchema } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  COMMON_ERRORS,
  CONFLICT,
  defineRoute,
  guard,
  IdempotencyHeaderSchema,
  IdParamSchema,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['委托授权 Authorisations'];

const list = defineRoute({
  method: 'get',
  path: '/authorisations',
  tags,
  summary: '委托授权：企业授出的，或服务机构/园区获得的 / granted (enterprise) or held (agency, park)',
  request: {
    query: z.object({
      orgId: z
        .optional(z.string().check(z.maxLength(40)))
        .check(z.describe('知识产权局查看某机构的授权 / the IP office may name an organisation')),
    }),
  },
  responses: {
    200: {
      description: '授权，最新在前 / authorisations, newest first',
      schema: AuthorisationListSchema,
    },
    ...COMMON_ERRORS,
  },
});
const create = defineRoute({
  method: 'post',
  path: '/authorisations',
  tags,
  summary: '企业委托服务机构或园区代为管理技术需求 / authorise an agency or park',
  request: { headers: IdempotencyHeaderSchema, body: AuthorisationInputSchema },
  responses: {
    201: { description: '已授权 / granted', schema: AuthorisationViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    422: { description: '受托机构不符合条件 / the agent cannot be authorised' },
  },
});
const revoke = defineRoute({
  method: 'post',
  path: '/authorisations/{id}/revoke',
  tags,
  summary: '撤销委托授权 / revoke',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema },
  responses: {
    200: { description: '已撤销 / revoked', schema: AuthorisationViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const authorisationRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query: { orgId } }) => {
      const principal = guard(c, 'authorisation.read', orgId ? { ownerOrgId: orgId } : {});
      return c.json(await listAuthorisations(c.get('deps'), principal, orgId));
    })
    .route(create, async (c, { body }) => {
      const ownerOrgId = c.get('principal')?.membership?.orgId;
      const principal = guard(c, 'authorisation.manage', ownerOrgId ? { ownerOrgId } : {});
      return c.json(await grant(c.get('deps'), principal, body), 201);
    })
    .route(revoke, async (c, { params: { id } }) => {
      // Only the granting enterprise revokes, so the authorisation is looked up in the caller's own partition.
      const ownerOrgId = c.get('principal')?.membership?.orgId;
      const principal = guard(c, 'authorisation.manage', ownerOrgId ? { ownerOrgId } : {});
      return c.json(await revokeAuthorisation(c.get('deps'), principal, id));
    });
