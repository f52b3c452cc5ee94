import { type Analysis, termKey } from '../text/tokenise.ts';

interface RunKeys {
  /** Per run, the key of the bigram starting at each character, or '' when the query did not keep it. */
  readonly runs: readonly { readonly chars: readonly string[]; readonly keys: readonly string[] }[];
}

/** Per analysis, worked out once: a query explains up to a page of hits. */
const runKeysOf = new WeakMap<Analysis, RunKeys>();

function runKeys(query: Analysis): RunKeys {
  let cached = runKeysOf.get(query);
  if (cached === undefined) {
    const kept = new Set(query.tokens.map(termKey));
    cached = {
      runs: query.runs.map((run) => {
        const chars = Array.from(run);
        const keys: string[] = [];
        for (let i = 0; i + 1 < chars.length; i++) {
          const key = termKey({ text: chars[i]! + chars[i + 1]!, kind: 'bigram' });
          keys.push(kept.has(key) ? key : '');
        }
        return { chars, keys };
      }),
    };
    runKeysOf.set(query, cached);
  }
  return cached;
}

/**
 * What a hit matched, as a person would say it: the query's words and Latin terms that matched,
 * plus each stretch of the query's Chinese runs covered by consecutive matched bigrams (锂离+离子+
 * 子电+电池 → 锂离子电池). A term inside a longer one is left out, so bigrams show only when no word
 * covers them. `matched` holds the term keys (see `termKey`) the hit has.
 */
export function describeMatch(query: Analysis, matched: ReadonlySet<string>): string[] {
  const candidates: string[] = [];
  for (const token of query.tokens) {
    if (token.kind !== 'bigram' && matched.has(termKey(token))) candidates.push(token.text);
  }
  for (const { chars, keys } of runKeys(query).runs) {
    let i = 0;
    while (i < keys.length) {
      if (keys[i] === '' || !matched.has(keys[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < keys.length && keys[j + 1] !== '' && matched.has(keys[j + 1]!)) j++;
      candidates.push(chars.slice(i, j + 2).join(''));
      i = j + 1;
    }
  }
  const unique = [...new Set(candidates)];
  return unique.filter((c) => !unique.some((other) => other !== c && other.includes(c)));
}
