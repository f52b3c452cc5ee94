import { useEffect, useState } from 'preact/hooks';
import { type HashLocation, parseHashLocation } from './hash-location.ts';

/** The current screen's sub-path and query, following every hash change (the route hook only follows screens). */
export function useHashLocation(): HashLocation {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return parseHashLocation(hash);
}

/** Goes to a link made by `screenHref`. */
export function go(href: string, { replace = false } = {}): void {
  if (replace) location.replace(href);
  else location.hash = href;
}
