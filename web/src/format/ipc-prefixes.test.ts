import { describe, expect, it } from 'vitest';
import { splitPrefixes } from './ipc-prefixes.ts';

describe('splitPrefixes', () => {
  it.each([
    [
      'commas, full-width commas and spaces between codes',
      'H01M，B66C, G06F C01B',
      ['H01M', 'B66C', 'G06F', 'C01B'],
    ],
    ['a main group kept whole', 'H01M 10/00, h01m 4/131', ['H01M 10/00', 'h01m 4/131']],
    ['nothing but separators', ' , ；\n', []],
  ])('splits %s', (_case, text, prefixes) => {
    expect(splitPrefixes(text)).toEqual(prefixes);
  });
});
