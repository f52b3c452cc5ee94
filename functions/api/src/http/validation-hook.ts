import type { Hook } from '@hono/zod-openapi';
import { ApiError } from './api-error.ts';
import { zodIssues } from './zod-issues.ts';

/** Every route's zod failure becomes a 400 naming each bad field (prefixed by where it came from). */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every shape
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (result.success) return;
  const target = result.target === 'json' ? undefined : result.target;
  const details = zodIssues(result.error.issues, target);
  throw new ApiError(
    400,
    'invalid_input',
    `输入有误：${details.map((d) => d.path || '请求体').join('、')} / invalid input`,
    details,
  );
};
