import { LICENCE_COUNTERS } from '@openlicense/domain';
import { quotaAttribute } from '@openlicense/store';
import { describe, expect, it } from 'vitest';

describe('the counters a licence step credits', () => {
  it('are the quota counter attributes the store adds to and the quota report reads', () => {
    for (const [name, attribute] of Object.entries(LICENCE_COUNTERS))
      expect(quotaAttribute[name as keyof typeof LICENCE_COUNTERS]).toBe(attribute);
  });
});
