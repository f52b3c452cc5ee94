import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { OrgApplicationSchema, OrgSchema, OrgStatusSchema, RejectionSchema } from '@openlicense/domain';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { guard } from '../http/guard.ts';
import {
  COMMON_ERRORS,
  errorResponse,
  IdempotencyHeaderSchema,
  IdParamSchema,
  jsonBody,
  jsonResponse,
} from '../http/schemas.ts';
import { validationHook } from '../http/validation-hook.ts';
import { applyForOrg, resubmitApplication, reviewApplication } from '../use-cases/org-applications.ts';

// Re-wrapped with the OpenAPI-aware z: domain schemas may be created before @hono/zod-openapi loads.
const Org = z.object(OrgSchema.shape).openapi('Organisation');
const OrgPage = z.object({ items: z.array(Org), nextCursor: z.string().optional() });
const ListQuery = z.object({
  status: OrgStatusSchema.default('pending'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});
const Resubmission = OrgApplicationSchema.omit({ type: true }).extend({
  version: z.number().int().positive(),
});
const Member = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string().optional() });
const AuditItem = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  action: z.string(),
  summary: z.string(),
});
const CONFLICT = { 409: errorResponse('冲突 / conflict') };
const tags = ['机构 Organisations'];
const security = [{ Bearer: [] }];

export const orgRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs',
      tags,
      security,
      summary: '提交入驻申请 / apply to join',
      request: { headers: IdempotencyHeaderSchema, body: jsonBody(OrgApplicationSchema) },
      responses: { 201: jsonResponse(Org, '申请已提交，待审核 / pending'), ...COMMON_ERRORS, ...CONFLICT },
    }),
    async (c) => {
      const principal = guard(c, 'org.apply');
      return c.json(await applyForOrg(c.get('deps'), principal, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs',
      tags,
      security,
      summary: '按状态列出机构（知识产权局）/ list by status',
      request: { query: ListQuery },
      responses: { 200: jsonResponse(OrgPage, '机构列表 / organisations'), ...COMMON_ERRORS },
    }),
    async (c) => {
      guard(c, 'org.list');
      const { status, limit, cursor } = c.req.valid('query');
      return c.json(await c.get('deps').store.orgs.listByStatus(status, { limit, cursor }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}',
      tags,
      security,
      summary: '机构详情 / organisation',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(Org, '机构 / organisation'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      guard(c, 'org.read', { ownerOrgId: id });
      const org = await c.get('deps').store.orgs.get(id);
      if (!org) throw new ApiError(404, 'not_found', '未找到该机构 / organisation not found');
      return c.json(org, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/approve',
      tags,
      security,
      summary: '审核通过 / approve',
      request: { params: IdParamSchema, headers: IdempotencyHeaderSchema },
      responses: { 200: jsonResponse(Org, '已通过 / approved'), ...COMMON_ERRORS, ...CONFLICT },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const reviewer = guard(c, 'org.review', { ownerOrgId: id });
      return c.json(await reviewApplication(c.get('deps'), reviewer, id, { kind: 'approve' }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/reject',
      tags,
      security,
      summary: '驳回申请 / reject with a reason',
      request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(RejectionSchema) },
      responses: { 200: jsonResponse(Org, '已驳回 / rejected'), ...COMMON_ERRORS, ...CONFLICT },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const reviewer = guard(c, 'org.review', { ownerOrgId: id });
      const { reason } = c.req.valid('json');
      return c.json(await reviewApplication(c.get('deps'), reviewer, id, { kind: 'reject', reason }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/application',
      tags,
      security,
      summary: '修改并重新提交申请 / resubmit',
      request: { params: IdParamSchema, body: jsonBody(Resubmission) },
      responses: { 200: jsonResponse(Org, '已重新提交 / resubmitted'), ...COMMON_ERRORS, ...CONFLICT },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const principal = guard(c, 'org.resubmit', { ownerOrgId: id });
      const { version, ...changes } = c.req.valid('json');
      return c.json(await resubmitApplication(c.get('deps'), principal, id, changes, version), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/members',
      tags,
      security,
      summary: '机构成员 / members',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(Member) }), '成员 / members'),
        ...COMMON_ERRORS,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      guard(c, 'org.read', { ownerOrgId: id });
      const users = await c.get('deps').store.users.listByOrg(id);
      return c.json({ items: users.map(({ id, email, name, role }) => ({ id, email, name, role })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/audit',
      tags,
      security,
      summary: '机构留痕记录 / evidence trail',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(AuditItem) }), '记录 / entries'),
        ...COMMON_ERRORS,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      guard(c, 'org.audit.read', { ownerOrgId: id });
      return c.json({ items: await c.get('deps').store.audit.listForOrg(id) }, 200);
    },
  );
