import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './audit-action.ts';

describe('auditActionLabel', () => {
  it.each([
    ['org.applied', 'audit.action.applied'],
    ['org.created', 'audit.action.applied'],
    ['org.approved', 'audit.action.approved'],
    ['org.resubmitted', 'audit.action.resubmitted'],
    ['org:rejected', 'audit.action.rejected'],
    ['approve', 'audit.action.approved'],
  ] as const)('labels %s', (action, key) => {
    expect(auditActionLabel(action)).toBe(key);
  });

  it('returns null for an action it does not know', () => {
    expect(auditActionLabel('org.contact_changed')).toBeNull();
  });
});
