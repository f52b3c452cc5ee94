/**
 * Folds full-width characters (ＺＬ２０１７．３, 　) to ASCII with NFKC and upper-cases,
 * so every validator accepts what people paste from Chinese documents and forms.
 */
export function foldWidth(input: string): string {
  return input.normalize('NFKC').toUpperCase();
}

/** Folds full-width characters and drops every kind of whitespace. */
export function compact(input: string): string {
  return foldWidth(input).replace(/\s+/g, '');
}
