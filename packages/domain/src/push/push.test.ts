import { describe, expect, it } from 'vitest';
import { chinaMonth, chinaYear, isoWeek, nextIsoWeekMonday } from './calendar.ts';
import { applyFeedback, ipcSubclasses, NO_ADJUSTMENTS } from './feedback.ts';
import { parseProposalId, proposalId } from './proposal.ts';
import { canMovePush, pushDedupeDaysFrom } from './push.ts';
import { emptyQuotaCounter } from './quota.ts';

describe('push calendar (China time)', () => {
  it('names the ISO week of the China date, with the ISO week-year around New Year', () => {
    expect(isoWeek('2026-11-23T02:00:00Z')).toBe('2026-W48');
    // Sunday 22 November, 23:30 in Beijing is still week 47.
    expect(isoWeek('2026-11-22T15:30:00Z')).toBe('2026-W47');
    // Monday 23 November 00:30 in Beijing is week 48 though it is Sunday in UTC.
    expect(isoWeek('2026-11-22T16:30:00Z')).toBe('2026-W48');
    expect(isoWeek('2027-01-01T04:00:00Z')).toBe('2026-W53');
    expect(isoWeek('2025-12-29T04:00:00Z')).toBe('2026-W01');
  });

  it('names the Monday that starts the next week', () => {
    expect(nextIsoWeekMonday('2026-11-23T02:00:00Z')).toBe('2026-11-30');
    expect(nextIsoWeekMonday('2026-11-29T15:00:00Z')).toBe('2026-11-30');
  });

  it('reads the year and month by the Beijing calendar', () => {
    expect(chinaYear('2026-12-31T16:30:00Z')).toBe('2027');
    expect(chinaYear('2026-12-31T15:30:00Z')).toBe('2026');
    expect(chinaMonth('2026-04-30T17:00:00Z')).toBe('05');
  });
});

describe('push lifecycle', () => {
  it('moves approved → delivered → read → answered, or approved → undeliverable, nothing backwards', () => {
    expect(canMovePush('approved', 'delivered')).toBe(true);
    expect(canMovePush('approved', 'undeliverable')).toBe(true);
    expect(canMovePush('delivered', 'read')).toBe(true);
    expect(canMovePush('delivered', 'answered')).toBe(true);
    expect(canMovePush('read', 'answered')).toBe(true);
    expect(canMovePush('answered', 'read')).toBe(false);
    expect(canMovePush('undeliverable', 'delivered')).toBe(false);
    expect(canMovePush('approved', 'read')).toBe(false);
  });

  it('reads PUSH_DEDUPE_DAYS with a default of 180 and refuses nonsense', () => {
    expect(pushDedupeDaysFrom(undefined)).toBe(180);
    expect(pushDedupeDaysFrom('30')).toBe(30);
    expect(() => pushDedupeDaysFrom('0')).toThrow(/PUSH_DEDUPE_DAYS/);
    expect(() => pushDedupeDaysFrom('abc')).toThrow(/PUSH_DEDUPE_DAYS/);
  });

  it('names a proposal by its need and listing, bundles included', () => {
    const id = proposalId('01JNEED00000000000000000000', 'bundle:01JBUNDLE000000000000000000');
    expect(parseProposalId(id)).toEqual({
      needId: '01JNEED00000000000000000000',
      listingId: 'bundle:01JBUNDLE000000000000000000',
    });
    expect(parseProposalId('nodot')).toBeUndefined();
  });
});

describe('feedback adjustments', () => {
  it('penalises each IPC subclass of the listing once per "wrong field"', () => {
    const once = applyFeedback(NO_ADJUSTMENTS, 'wrong_field', {
      listingId: 'L1',
      ipc: ['H01M 4/525', 'H01M 10/052', 'C01B 32/05'],
    });
    const twice = applyFeedback(once, 'wrong_field', { listingId: 'L2', ipc: ['H01M 2/16'] });
    expect(twice.penalisedIpc).toEqual({ H01M: 2, C01B: 1 });
    expect(NO_ADJUSTMENTS.penalisedIpc).toEqual({});
  });

  it('excludes an "already known" listing once and ignores the other answers', () => {
    const known = applyFeedback(NO_ADJUSTMENTS, 'already_known', { listingId: 'L1', ipc: [] });
    expect(applyFeedback(known, 'already_known', { listingId: 'L1', ipc: [] }).excludedListings).toEqual([
      'L1',
    ]);
    expect(applyFeedback(known, 'relevant', { listingId: 'L2', ipc: ['H01M'] })).toBe(known);
  });

  it('reads subclasses from canonical and loose codes', () => {
    expect(ipcSubclasses(['H01M 4/525', 'h01m10/052', 'G06F', 'nonsense'])).toEqual(['H01M', 'G06F']);
  });
});

describe('quota counter', () => {
  it('starts every month at zero', () => {
    expect(emptyQuotaCounter('a', '2026').byMonth['12']).toBe(0);
  });
});
