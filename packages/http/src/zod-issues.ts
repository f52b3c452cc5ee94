import type { FieldIssue } from '@openlicense/app';
import type { core } from 'zod/mini';

/** Flattens zod issues to `{ path: 'contact.email', message }`, the shape the web shows beside fields. */
export function zodIssues(issues: readonly core.$ZodIssue[], prefix?: string): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { path: prefix && path ? `${prefix}.${path}` : path || (prefix ?? ''), message: issue.message };
  });
}
