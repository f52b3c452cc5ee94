import { type Analysis, termKey } from '../text/tokenise.ts';

/**
 * What a hit matched, as a person would say it: the query's words and Latin terms that matched,
 * plus each stretch of the query's Chinese runs covered by consecutive matched bigrams (锂离+离子+
 * 子电+电池 → 锂离子电池). A term inside a longer one is left out, so bigrams show only when no word
 * covers them.
 */
export function describeMatch(query: Analysis, matched: (key: string) => boolean): string[] {
  const candidates: string[] = [];
  for (const token of query.tokens) {
    if (token.kind !== 'bigram' && matched(termKey(token))) candidates.push(token.text);
  }
  for (const run of query.runs) {
    const chars = Array.from(run);
    const bigramMatched = (i: number) =>
      matched(termKey({ text: chars[i]! + chars[i + 1]!, kind: 'bigram' }));
    let i = 0;
    while (i + 1 < chars.length) {
      if (!bigramMatched(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 2 < chars.length && bigramMatched(j + 1)) j++;
      candidates.push(chars.slice(i, j + 2).join(''));
      i = j + 1;
    }
  }
  const unique = [...new Set(candidates)];
  return unique.filter((c) => !unique.some((other) => other !== c && other.includes(c)));
}
