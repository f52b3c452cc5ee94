import {
  addPatent,
  checkEditKeepsHolder,
  editPatent,
  gradesOf,
  ledgerDeclarations,
  ledgerPageByGrade,
  loadOwnPatent,
  patentGradeDetail,
} from '@openlicense/app';
import {
  GradeFilterSchema,
  gradeFilterLetters,
  PatentGradeDetailSchema,
  PatentPageSchema,
} from '@openlicense/contract';
import { PatentInputSchema, PatentNumberSchema, PatentSchema } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, CONFLICT, defineRoute, guard, IdempotencyHeaderSchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['专利台账 Patent ledger'];
const NumberParam = z.object({ number: PatentNumberSchema });
const Version = z.object({ version: z.coerce.number().check(z.int(), z.positive()) });

const list = defineRoute({
  method: 'get',
  path: '/patents',
  tags,
  summary:
    '本机构专利台账，附各专利的开放许可声明状态 / my organisation’s patent ledger, with each patent’s declaration state',
  request: {
    query: z.object({
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
      orgId: z
        .optional(z.string().check(z.maxLength(40)))
        .check(z.describe('知识产权局查看某机构台账 / the IP office may name an organisation')),
      grade: z.optional(GradeFilterSchema),
      sort: z
        .optional(z.enum(['grade']))
        .check(z.describe('`grade`：按等级排序，优等在前 / `grade`: best grade first, ungraded last')),
    }),
  },
  responses: {
    200: {
      description: '台账 / ledger',
      schema: PatentPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const create = defineRoute({
  method: 'post',
  path: '/patents',
  tags,
  summary: '登记专利 / add a patent to the ledger',
  request: { headers: IdempotencyHeaderSchema, body: PatentInputSchema },
  responses: {
    201: { description: '已登记 / added', schema: PatentSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    422: { description: '本机构不在专利权人中 / your organisation is not among the patentees' },
  },
});
const read = defineRoute({
  method: 'get',
  path: '/patents/{number}',
  tags,
  summary: '专利详情 / one patent',
  request: { params: NumberParam },
  responses: { 200: { description: '专利 / patent', schema: PatentSchema }, ...COMMON_ERRORS },
});
const gradeRead = defineRoute({
  method: 'get',
  path: '/patents/{number}/grade',
  tags,
  summary:
    '专利分级详情：等级、理由、匹配的需求与等级变动 / a patent’s grade: reasons, matched needs, changes of its letter',
  request: { params: NumberParam },
  responses: {
    200: {
      description: '分级（未分级则 grade 为 null）/ the grade (null when not graded yet)',
      schema: PatentGradeDetailSchema,
    },
    ...COMMON_ERRORS,
  },
});
const update = defineRoute({
  method: 'put',
  path: '/patents/{number}',
  tags,
  summary: '编辑专利（乐观锁）/ edit (optimistic locking)',
  request: { params: NumberParam, body: z.intersection(PatentInputSchema, Version) },
  responses: { 200: { description: '已保存 / saved', schema: PatentSchema }, ...COMMON_ERRORS, ...CONFLICT },
});
const remove = defineRoute({
  method: 'delete',
  path: '/patents/{number}',
  tags,
  summary: '从台账移除 / remove from the ledger',
  request: { params: NumberParam, query: Version },
  responses: { 204: { description: '已移除 / removed' }, ...COMMON_ERRORS, ...CONFLICT },
});

export const patentRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query: { limit, cursor, orgId, grade, sort } }) => {
      const holder = orgId ?? c.get('principal')?.membership?.orgId ?? '';
      guard(c, 'patent.read', { ownerOrgId: holder });
      const deps = c.get('deps');
      const letters = grade === undefined ? undefined : gradeFilterLetters(grade);
      const { graded, ...page } =
        letters || sort === 'grade'
          ? await ledgerPageByGrade(deps, holder, {
              limit,
              ...(cursor ? { cursor } : {}),
              ...(letters ? { letters } : {}),
            })
          : {
              ...(await deps.store.patents.listByHolder(holder, { limit, ...(cursor ? { cursor } : {}) })),
              graded: undefined,
            };
      const numbers = page.items.map((patent) => patent.number);
      const [declarations, grades] = await Promise.all([
        ledgerDeclarations(deps, holder, numbers),
        gradesOf(deps, holder, page.items, graded),
      ]);
      return c.json({ ...page, declarations, grades });
    })
    .route(create, async (c, { body }) => {
      const principal = guard(c, 'patent.add');
      return c.json(await addPatent(c.get('deps'), principal, body), 201);
    })
    .route(read, async (c, { params: { number } }) => {
      const patent = await loadOwnPatent(c.get('deps'), number);
      guard(c, 'patent.read', { ownerOrgId: patent.holderOrgId });
      return c.json(patent);
    })
    .route(gradeRead, async (c, { params: { number } }) => {
      const patent = await loadOwnPatent(c.get('deps'), number);
      guard(c, 'patent.read', { ownerOrgId: patent.holderOrgId });
      return c.json(await patentGradeDetail(c.get('deps'), patent));
    })
    .route(update, async (c, { params: { number }, body: { version, ...input } }) => {
      const current = await loadOwnPatent(c.get('deps'), number);
      const principal = guard(c, 'patent.write', { ownerOrgId: current.holderOrgId });
      await checkEditKeepsHolder(c.get('deps'), principal, { ...input, number });
      return c.json(await editPatent(c.get('deps'), current, { ...input, number }, version));
    })
    .route(remove, async (c, { params: { number }, query: { version } }) => {
      const current = await loadOwnPatent(c.get('deps'), number);
      guard(c, 'patent.write', { ownerOrgId: current.holderOrgId });
      await c.get('deps').store.patents.delete(number, current.holderOrgId, version);
      return c.body(null, 204);
    });
