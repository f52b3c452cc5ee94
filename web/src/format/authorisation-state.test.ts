import { describe, expect, it } from 'vitest';
import { authorisationBadge, authorisationState } from './authorisation-state.ts';

const period = { validFrom: '2026-01-01', validUntil: '2026-12-31' };

describe('authorisationState', () => {
  it('is live when the server says it is in force', () => {
    expect(authorisationState({ ...period, status: 'active', live: true }, '2026-05-01')).toBe('live');
  });

  it('is revoked once revoked, whatever the dates', () => {
    expect(authorisationState({ ...period, status: 'revoked', live: false }, '2026-05-01')).toBe('revoked');
  });

  it('tells a period that has not started from one that has ended', () => {
    expect(authorisationState({ ...period, status: 'active', live: false }, '2025-12-31')).toBe('upcoming');
    expect(authorisationState({ ...period, status: 'active', live: false }, '2027-01-01')).toBe('expired');
  });

  it('gives each state its badge', () => {
    expect(authorisationBadge('live')).toEqual({ label: 'auth.state.live', tone: 'ok' });
    expect(authorisationBadge('revoked').tone).toBe('danger');
  });
});
