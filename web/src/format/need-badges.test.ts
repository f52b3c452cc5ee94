import { describe, expect, it } from 'vitest';
import { needStatusBadge, qualityBadge, qualityTone } from './need-badges.ts';

describe('qualityTone', () => {
  it.each([
    [100, 'ok'],
    [80, 'ok'],
    [79, 'warn'],
    [60, 'warn'],
    [59, 'danger'],
    [0, 'danger'],
  ] as const)('reads a score of %i as %s', (score, tone) => {
    expect(qualityTone(score)).toBe(tone);
  });

  it('puts the score in the badge text', () => {
    expect(qualityBadge(85)).toEqual({ label: 'need.quality.score', tone: 'ok', params: { score: 85 } });
  });
});

describe('needStatusBadge', () => {
  it('labels each status from the catalogue', () => {
    expect(needStatusBadge('in_negotiation')).toEqual({ label: 'need.status.in_negotiation', tone: 'warn' });
    expect(needStatusBadge('draft').tone).toBe('muted');
  });
});
