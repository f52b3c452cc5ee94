import * as z from 'zod/mini';

/** Shared shapes of the edge. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.unknown()),
  }),
});

export const IdParamSchema = z.object({
  id: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '编号格式不正确 / id is not valid')),
});

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .optional(z.string())
    .check(z.describe('Idempotency-Key: retry-safe key, 8–128 chars of [A-Za-z0-9_.:-]')),
});

const error = (description: string) => ({ description });

export const COMMON_ERRORS = {
  400: error('输入有误 / invalid input'),
  401: error('未登录 / not signed in'),
  403: error('无权操作 / forbidden'),
  404: error('未找到 / not found'),
} as const;
export const CONFLICT = { 409: error('冲突 / conflict') } as const;

/** A China-time year (this one when absent) and, for the IP office, the organisation it names. */
export const YearQuerySchema = z.object({
  year: z
    .optional(
      z.coerce
        .number({ error: '年份应为四位数字 / year must be a four-digit year' })
        .check(
          z.int('年份应为四位数字 / year must be a four-digit year'),
          z.gte(2000, '年份应在 2000–2100 之间 / year must be from 2000 to 2100'),
          z.lte(2100, '年份应在 2000–2100 之间 / year must be from 2000 to 2100'),
        ),
    )
    .check(z.describe('默认今年（北京时间）/ defaults to this year, China time')),
  orgId: z
    .optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))
    .check(z.describe('知识产权局查看某机构 / the IP office may name an organisation')),
});
