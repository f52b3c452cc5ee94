import { en as enLocale, zhCN } from 'zod/locales';
import type * as z from 'zod/mini';

// Named imports: `z.locales.zhCN()` kept every zod locale (~250 KB) in each bundle that reads files.
const zh = zhCN().localeError;
const en = enLocale().localeError;

function text(map: z.core.$ZodErrorMap, issue: Parameters<z.core.$ZodErrorMap>[0]): string {
  const result = map(issue);
  return typeof result === 'string' ? result : (result?.message ?? '');
}

/**
 * Zod's own messages, Chinese first then English, for schema checks that carry no message of their
 * own (a schema's messages win). Passed per parse so the package needs no global zod config.
 */
export const bilingualZodMessage: z.core.$ZodErrorMap = (issue) => {
  const missing =
    issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  return missing ? '必填 / required' : `${text(zh, issue)} / ${text(en, issue)}`;
};
