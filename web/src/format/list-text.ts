/** Separators people use between values in one field: Chinese and Western semicolons and commas, 、, new lines. */
const LIST_SEPARATORS = /[；;，,、\n\r]+/;

/**
 * A field holding several values → the values, trimmed, blanks and repeats dropped.
 *
 * @example splitList('中南大学；湖南大学, 中南大学') // ['中南大学', '湖南大学']
 */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(LIST_SEPARATORS)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/** One value a line (targets may contain commas); blanks dropped, order and repeats kept as typed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Values back into a field, separated the way the sheet template does. */
export function joinList(items: readonly string[] | undefined): string {
  return (items ?? []).join('；');
}
