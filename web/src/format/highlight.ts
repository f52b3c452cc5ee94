export interface Segment {
  text: string;
  /** Part of a matched term. */
  hit: boolean;
}

/**
 * Splits `text` into runs that are and are not one of `terms`, longest term first, ignoring case, so a
 * search result can mark the words it matched.
 *
 * @example highlightSegments('碳量子点荧光探针', ['荧光', '探针'])
 * // [{ text: '碳量子点', hit: false }, { text: '荧光探针', hit: true }]
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.map((term) => term.trim().toLowerCase()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  const lower = text.toLowerCase();
  const segments: Segment[] = [];
  const push = (part: string, hit: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += part;
    else segments.push({ text: part, hit });
  };
  let at = 0;
  while (at < text.length) {
    const term = wanted.find((candidate) => lower.startsWith(candidate, at));
    if (term) {
      push(text.slice(at, at + term.length), true);
      at += term.length;
    } else {
      push(text.charAt(at), false);
      at += 1;
    }
  }
  return segments;
}
