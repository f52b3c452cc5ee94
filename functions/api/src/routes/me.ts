import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { OrgSchema } from '@openlicense/domain';
import type { AppEnv } from '../env.ts';
import { guard } from '../http/guard.ts';
import { COMMON_ERRORS, jsonResponse } from '../http/schemas.ts';
import { validationHook } from '../http/validation-hook.ts';

const Me = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    role: z.enum(['admin', 'member']).nullable(),
    organisation: OrgSchema.nullable(),
  })
  .openapi('Me');

export const meRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/me',
    tags: ['账号 Account'],
    security: [{ Bearer: [] }],
    summary: '当前用户 / who am I',
    responses: { 200: jsonResponse(Me, '用户、角色与机构 / user, role and organisation'), ...COMMON_ERRORS },
  }),
  async (c) => {
    const principal = guard(c, 'me.read');
    const org = principal.membership
      ? await c.get('deps').store.orgs.get(principal.membership.orgId)
      : undefined;
    return c.json(
      {
        user: { id: principal.userId, email: principal.email, name: principal.name },
        role: principal.membership?.role ?? null,
        organisation: org ?? null,
      },
      200,
    );
  },
);
