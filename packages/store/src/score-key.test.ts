import { describe, expect, it } from 'vitest';
import { scoreKey } from './keys.ts';

describe('scoreKey', () => {
  it('sorts better scores first when read ascending, one decimal apart', () => {
    const scores = [0, 12.3, 55.5, 55.6, 87.5, 100];
    const sorted = [...scores].sort((a, b) => (scoreKey(a) < scoreKey(b) ? -1 : 1));
    expect(sorted).toEqual([100, 87.5, 55.6, 55.5, 12.3, 0]);
    expect(scoreKey(87.5)).toBe('0912500');
    expect(scoreKey(100)).toBe('0900000');
    expect(scoreKey(0)).toBe('1000000');
  });
});
