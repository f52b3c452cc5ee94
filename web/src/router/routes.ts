/** Screens of the shell, addressed by the URL hash (`#/apply`); no server routes needed. */
export const ROUTES = {
  login: '#/login',
  home: '#/',
  apply: '#/apply',
  review: '#/review',
  org: '#/org',
} as const;

export type RouteId = keyof typeof ROUTES;

const BY_PATH = new Map<string, RouteId>(
  Object.entries(ROUTES).map(([id, hash]) => [hash.slice(1), id as RouteId]),
);

/** `'#/apply?x=1'` → `'apply'`; an empty or unknown hash is `null` (the caller picks a default). */
export function parseHash(hash: string): RouteId | null {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (path === '') return 'home';
  return BY_PATH.get(path) ?? BY_PATH.get(path.replace(/\/+$/, '') || '/') ?? null;
}
