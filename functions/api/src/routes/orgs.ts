import {
  ApiError,
  applyForOrg,
  jurisdictionOf,
  listOrgsInJurisdiction,
  resubmitApplication,
  reviewApplication,
} from '@openlicense/app';
import {
  AuditItemSchema,
  MemberSchema,
  OrgPageSchema,
  OrgResubmissionSchema,
  OrgWithJurisdictionSchema,
} from '@openlicense/contract';
import {
  cleanTextFields,
  OrgApplicationSchema,
  OrgSchema,
  OrgStatusSchema,
  RejectionSchema,
} from '@openlicense/domain';
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

const tags = ['机构 Organisations'];
const OUT_OF_JURISDICTION = {
  403: {
    description:
      'out_of_jurisdiction：不在本局辖区内，并说明由哪个知识产权局负责 / outside the office’s region',
  },
};
const apply = defineRoute({
  method: 'post',
  path: '/orgs',
  tags,
  summary: '提交入驻申请 / apply to join',
  request: {
    headers: IdempotencyHeaderSchema,
    body: OrgApplicationSchema.check(z.superRefine(cleanTextFields())),
  },
  responses: {
    201: {
      description:
        '申请已提交，待审核；并说明由哪个知识产权局审核 / pending, with the office that reviews it',
      schema: OrgWithJurisdictionSchema,
    },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});
const list = defineRoute({
  method: 'get',
  path: '/orgs',
  tags,
  summary: '按状态列出本局辖区内的机构（知识产权局的审核队列）/ list by status, within the office’s region',
  request: {
    query: z.object({
      status: z._default(OrgStatusSchema, 'pending'),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: { 200: { description: '机构列表 / organisations', schema: OrgPageSchema }, ...COMMON_ERRORS },
});
const read = defineRoute({
  method: 'get',
  path: '/orgs/{id}',
  tags,
  summary: '机构详情，并说明由哪个知识产权局审核与评价 / organisation, with the IP office that covers it',
  request: { params: IdParamSchema },
  responses: {
    200: { description: '机构 / organisation', schema: OrgWithJurisdictionSchema },
    ...COMMON_ERRORS,
  },
});
const approve = defineRoute({
  method: 'post',
  path: '/orgs/{id}/approve',
  tags,
  summary: '审核通过 / approve',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema },
  responses: {
    200: { description: '已通过 / approved', schema: OrgSchema },
    ...COMMON_ERRORS,
    ...OUT_OF_JURISDICTION,
    ...CONFLICT,
  },
});
const reject = defineRoute({
  method: 'post',
  path: '/orgs/{id}/reject',
  tags,
  summary: '驳回申请 / reject with a reason',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: RejectionSchema },
  responses: {
    200: { description: '已驳回 / rejected', schema: OrgSchema },
    ...COMMON_ERRORS,
    ...OUT_OF_JURISDICTION,
    ...CONFLICT,
  },
});
const resubmit = defineRoute({
  method: 'put',
  path: '/orgs/{id}/application',
  tags,
  summary: '修改并重新提交申请 / resubmit',
  request: {
    params: IdParamSchema,
    body: OrgResubmissionSchema.check(z.superRefine(cleanTextFields())),
  },
  responses: {
    200: { description: '已重新提交 / resubmitted', schema: OrgSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});
const members = defineRoute({
  method: 'get',
  path: '/orgs/{id}/members',
  tags,
  summary: '机构成员 / members',
  request: { params: IdParamSchema },
  responses: {
    200: { description: '成员 / members', schema: z.object({ items: z.array(MemberSchema) }) },
    ...COMMON_ERRORS,
  },
});
const audit = defineRoute({
  method: 'get',
  path: '/orgs/{id}/audit',
  tags,
  summary: '机构留痕记录 / evidence trail',
  request: { params: IdParamSchema },
  responses: {
    200: { description: '记录 / entries', schema: z.object({ items: z.array(AuditItemSchema) }) },
    ...COMMON_ERRORS,
  },
});

export const orgRoutes = (router: ApiRouter) =>
  router
    .route(apply, async (c, { body }) => {
      const deps = c.get('deps');
      const org = await applyForOrg(deps, guard(c, 'org.apply'), body);
      return c.json({ ...org, jurisdiction: await jurisdictionOf(deps, org.regionCode) }, 201);
    })
    .route(list, async (c, { query: { status, limit, cursor } }) => {
      const office = guard(c, 'org.list');
      return c.json(await listOrgsInJurisdiction(c.get('deps'), office, status, { limit, cursor }));
    })
    .route(read, async (c, { params: { id } }) => {
      guard(c, 'org.read', { ownerOrgId: id });
      const deps = c.get('deps');
      const org = await deps.store.orgs.get(id);
      if (!org) throw new ApiError(404, 'not_found', '未找到该机构 / organisation not found');
      return c.json({ ...org, jurisdiction: await jurisdictionOf(deps, org.regionCode) });
    })
    .route(approve, async (c, { params: { id } }) => {
      const reviewer = guard(c, 'org.review', { ownerOrgId: id });
      return c.json(await reviewApplication(c.get('deps'), reviewer, id, { kind: 'approve' }));
    })
    .route(reject, async (c, { params: { id }, body: { reason } }) => {
      const reviewer = guard(c, 'org.review', { ownerOrgId: id });
      return c.json(await reviewApplication(c.get('deps'), reviewer, id, { kind: 'reject', reason }));
    })
    .route(resubmit, async (c, { params: { id }, body: { version, ...changes } }) => {
      const principal = guard(c, 'org.resubmit', { ownerOrgId: id });
      return c.json(await resubmitApplication(c.get('deps'), principal, id, changes, version));
    })
    .route(members, async (c, { params: { id } }) => {
      guard(c, 'org.read', { ownerOrgId: id });
      const users = await c.get('deps').store.users.listByOrg(id);
      return c.json({ items: users.map(({ id, email, name, role }) => ({ id, email, name, role })) });
    })
    .route(audit, async (c, { params: { id } }) => {
      guard(c, 'org.audit.read', { ownerOrgId: id });
      return c.json({ items: await c.get('deps').store.audit.listForOrg(id) });
    });
