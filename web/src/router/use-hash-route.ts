import { useEffect, useState } from 'preact/hooks';
import { parseHash, ROUTES, type RouteId } from './routes.ts';

export function useHashRoute(): RouteId | null {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: RouteId, { replace = false } = {}): void {
  if (replace) location.replace(ROUTES[route]);
  else location.hash = ROUTES[route];
}
