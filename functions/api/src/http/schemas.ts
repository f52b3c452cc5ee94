import { z } from '@hono/zod-openapi';

/** Shared OpenAPI shapes of the edge. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const IdParamSchema = z.object({
  id: z
    .string()
    .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '编号格式不正确 / id is not valid')
    .openapi({ param: { name: 'id', in: 'path' }, example: '01JD3Z6Q8R2M4N5P6Q7R8S9T0V' }),
});

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({ description: 'Idempotency-Key: retry-safe key, 8–128 chars of [A-Za-z0-9_.:-]' }),
});

export const COMMON_ERRORS = {
  400: errorResponse('输入有误 / invalid input'),
  401: errorResponse('未登录 / not signed in'),
  403: errorResponse('无权操作 / forbidden'),
  404: errorResponse('未找到 / not found'),
} as const;
