import { ROUTES, type RouteId } from './routes.ts';

/** Where inside a screen the hash points: `#/needs/01J…/edit?status=open` → segments and query. */
export interface HashLocation {
  /** Path segments after the screen's own, decoded: `['01J…', 'edit']`. */
  segments: string[];
  query: URLSearchParams;
}

export function parseHashLocation(hash: string): HashLocation {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .slice(1)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  return { segments, query: new URLSearchParams(search) };
}

/**
 * A link to a screen's sub-page with a query; empty query values are left out.
 *
 * @example screenHref('needs', ['01J…', 'edit']) // '#/needs/01J…/edit'
 * @example screenHref('needs', [], { enterpriseOrgId: 'E1', status: '' }) // '#/needs?enterpriseOrgId=E1'
 */
export function screenHref(
  route: RouteId,
  segments: readonly string[] = [],
  query: Readonly<Record<string, string | undefined>> = {},
): string {
  const path = [ROUTES[route], ...segments.map(encodeURIComponent)].join('/');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
