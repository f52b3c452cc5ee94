/**
 * The IPC prefixes typed in one box: split on commas (full-width too), semicolons and new lines, and on
 * spaces before a section letter, so `H01M 10/00` stays one prefix while `H01M G06F` is two.
 *
 * @example splitPrefixes('H01M, h01m 10/00 G06F') // ['H01M', 'h01m 10/00', 'G06F']
 */
export const splitPrefixes = (text: string): string[] =>
  text
    .split(/[,，;；\n]+|\s+(?=[A-Ha-h])/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
