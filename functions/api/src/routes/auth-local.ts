import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { CredentialsSchema, RegistrationSchema } from '@openlicense/domain';
import type { LocalIssuer } from '../auth/local-issuer.ts';
import type { AppEnv } from '../env.ts';
import { errorResponse, jsonBody, jsonResponse } from '../http/schemas.ts';
import { validationHook } from '../http/validation-hook.ts';
import { registerLocalUser, signInLocalUser } from '../use-cases/local-accounts.ts';

const Token = z.object({ token: z.string() }).openapi('Token');
const tags = ['本地登录 Local sign-in (not deployed)'];

/** Sign-in for the local stack only; in AWS, Cognito issues the tokens and these routes do not exist. */
export const localAuthRoutes = (issuer: LocalIssuer) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/local/token',
        tags,
        summary: '本地登录 / sign in',
        request: { body: jsonBody(CredentialsSchema) },
        responses: {
          200: jsonResponse(Token, '登录成功 / signed in'),
          400: errorResponse('输入有误 / invalid input'),
          401: errorResponse('邮箱或密码错误 / wrong email or password'),
        },
      }),
      async (c) => c.json({ token: await signInLocalUser(c.get('deps'), issuer, c.req.valid('json')) }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/local/register',
        tags,
        summary: '本地注册 / register',
        request: { body: jsonBody(RegistrationSchema) },
        responses: {
          201: jsonResponse(Token, '注册成功 / registered'),
          400: errorResponse('输入有误 / invalid input'),
          409: errorResponse('邮箱已注册 / email taken'),
        },
      }),
      async (c) =>
        c.json({ token: await registerLocalUser(c.get('deps'), issuer, c.req.valid('json')) }, 201),
    );
