import type { SignInThrottle } from '@openlicense/app';
import { registerLocalUser, signInLocalUser, TooManySignInAttemptsError } from '@openlicense/app';
import { CredentialsSchema, RegistrationSchema } from '@openlicense/domain';
import type { ApiRouter, AppEnv, LocalIssuer } from '@openlicense/http';
import { defineRoute } from '@openlicense/http';
import type { Context } from 'hono';
import * as z from 'zod/mini';

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
    429: {
      description:
        '失败次数过多（每账号 15 分钟内 5 次、每地址 20 次），`Retry-After` 秒后再试 / too many failed sign-ins (5 per account, 20 per address in 15 min); retry after `Retry-After` seconds',
    },
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
    429: {
      description:
        '此地址失败次数过多（含已注册邮箱的注册），`Retry-After` 秒后再试 / too many failures from this address (registrations of a taken e-mail count); retry after `Retry-After` seconds',
    },
  },
});

/** Runs `act`; a 429 from the throttle carries `Retry-After` (seconds) as well as the JSON error. */
async function withRetryAfter(c: Context<AppEnv>, act: () => Promise<Response>): Promise<Response> {
  try {
    return await act();
  } catch (error) {
    if (error instanceof TooManySignInAttemptsError) c.header('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}

/**
 * Sign-in for the local stack only; in AWS, Cognito issues the tokens and these routes do not exist.
 * Failed sign-ins (and registrations of a taken e-mail) are throttled per account and per caller
 * address (`auth/sign-in-throttle.ts`).
 */
export const localAuthRoutes = (router: ApiRouter, issuer: LocalIssuer, throttle: SignInThrottle) =>
  router
    .route(signIn, (c, { body }) =>
      withRetryAfter(c, async () => {
        const deps = c.get('deps');
        return c.json({
          token: await signInLocalUser(deps, issuer, body, throttle, deps.clientAddress?.(c)),
        });
      }),
    )
    .route(register, (c, { body }) =>
      withRetryAfter(c, async () => {
        const deps = c.get('deps');
        const token = await registerLocalUser(deps, issuer, body, throttle, deps.clientAddress?.(c));
        return c.json({ token }, 201);
      }),
    );
