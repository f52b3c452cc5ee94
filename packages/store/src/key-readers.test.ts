import { describe, expect, it } from 'vitest';
import { keys } from './keys.ts';

describe('reading ids back out of keys', () => {
  it('reads what the builders wrote', () => {
    expect(keys.orgIdOf(keys.pushCap('org-1', '2026-W48').pk)).toBe('org-1');
    expect(keys.patentNumberOf(keys.activeDeclaration('ZL202010000001.X').pk)).toBe('ZL202010000001.X');
    expect(keys.pushPairOf(keys.pushPair('listing-1', 'org-2').pk)).toBe('listing-1#org-2');
    const at = '2026-03-04T05:06:07.089Z';
    expect(keys.dealIdOf(keys.dealLink('org-1', at, 'deal-1').sk)).toBe('deal-1');
    expect(keys.dealIdOf(keys.dealByYear('2026', at, 'deal-2').sk)).toBe('deal-2');
    expect(keys.dealIdOf(keys.eventDeal('event-1', 'deal-3').sk)).toBe('deal-3');
  });

  it('refuses a key of another kind instead of returning a wrong id', () => {
    expect(() => keys.patentNumberOf(keys.declaration('x').pk)).toThrow(/PATENT#/);
    expect(() => keys.orgIdOf(keys.user('u').pk)).toThrow(/ORG#/);
  });
});
