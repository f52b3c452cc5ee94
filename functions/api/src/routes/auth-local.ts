import { CredentialsSchema, RegistrationSchema } from '@openlicense/domain';
import * as z from 'zod';
import type { LocalIssuer } from '../auth/local-issuer.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { defineRoute } from '../http/route-spec.ts';
import { registerLocalUser, signInLocalUser } from '../use-cases/local-accounts.ts';

const Token = z.object({ token: z.string() });
const tags = ['本地登录 Local sign-in (not deployed)'];

const signIn = defineRoute({
  method: 'post',
  path: '/auth/local/token',
  tags,
  summary: '本地登录 / sign in',
  public: true,
  request: { body: CredentialsSchema },
  responses: {
    200: { description: '登录成功 / signed in', schema: Token },
    400: { description: '输入有误 / invalid input' },
    401: { description: '邮箱或密码错误 / wrong email or password' },
  },
});
const register = defineRoute({
  method: 'post',
  path: '/auth/local/register',
  tags,
  summary: '本地注册 / register',
  public: true,
  request: { body: RegistrationSchema },
  responses: {
    201: { description: '注册成功 / registered', schema: Token },
    400: { description: '输入有误 / invalid input' },
    409: { description: '邮箱已注册 / email taken' },
  },
});

/** Sign-in for the local stack only; in AWS, Cognito issues the tokens and these routes do not exist. */
export const localAuthRoutes = (router: ApiRouter, issuer: LocalIssuer) =>
  router
    .route(signIn, async (c, { body }) =>
      c.json({ token: await signInLocalUser(c.get('deps'), issuer, body) }),
    )
    .route(register, async (c, { body }) =>
      c.json({ token: await registerLocalUser(c.get('deps'), issuer, body) }, 201),
    );
