import { describe, expect, it } from 'vitest';
import { matchesLookup, numberKey } from './lookup-text.ts';

describe('the pickers’ text matching', () => {
  it('finds a name by any part of it, ignoring case', () => {
    expect(matchesLookup('中南', { names: ['中南大学'] })).toBe(true);
    expect(matchesLookup('csu', { names: ['CSU 中南大学'] })).toBe(true);
    expect(matchesLookup('湘潭', { names: ['中南大学'] })).toBe(false);
  });

  it('finds a patent number typed with ZL, the dot or spaces, by a run of at least four characters', () => {
    const entry = { names: ['一种正极材料'], numbers: ['201710601862.3'] };
    expect(matchesLookup('ZL201710601862.3', entry)).toBe(true);
    expect(matchesLookup('1060 1862', entry)).toBe(true);
    expect(matchesLookup('2017', entry)).toBe(true);
    expect(matchesLookup('201', entry)).toBe(false);
    expect(numberKey('zl 95115608.x')).toBe('95115608X');
  });

  it('finds everything without a query', () => {
    expect(matchesLookup(undefined, { names: ['x'] })).toBe(true);
  });
});
