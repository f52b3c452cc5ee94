import { jurisdictionOf } from '@openlicense/app';
import { MeSchema } from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';

const me = defineRoute({
  method: 'get',
  path: '/me',
  tags: ['账号 Account'],
  summary: '当前用户 / who am I',
  responses: {
    200: { description: '用户、角色与机构 / user, role and organisation', schema: MeSchema },
    ...COMMON_ERRORS,
  },
});

export const meRoutes = (router: ApiRouter) =>
  router.route(me, async (c) => {
    const principal = guard(c, 'me.read');
    const deps = c.get('deps');
    const org = principal.membership ? await deps.store.orgs.get(principal.membership.orgId) : undefined;
    return c.json({
      user: { id: principal.userId, email: principal.email, name: principal.name },
      role: principal.membership?.role ?? null,
      organisation: org ?? null,
      jurisdiction: org && org.type !== 'ip_office' ? await jurisdictionOf(deps, org.regionCode) : null,
    });
  });
