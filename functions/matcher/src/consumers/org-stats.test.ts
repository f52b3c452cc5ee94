import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../change-record.ts';
import { orgCountDeltas } from './org-stats.ts';

const change = (oldImage?: object, newImage?: object): ChangeRecord => ({
  eventId: 'e',
  eventName: 'MODIFY',
  sequenceNumber: '1',
  entity: 'Org',
  ...(oldImage ? { oldImage: { ...oldImage } } : {}),
  ...(newImage ? { newImage: { ...newImage } } : {}),
});

describe('orgCountDeltas', () => {
  it('counts a new application as one more pending organisation of its type', () => {
    expect(orgCountDeltas(change(undefined, { type: 'enterprise', status: 'pending' }))).toEqual([
      { type: 'enterprise', status: 'pending', by: 1 },
    ]);
  });

  it('moves an approved application from pending to approved', () => {
    expect(
      orgCountDeltas(change({ type: 'park', status: 'pending' }, { type: 'park', status: 'approved' })),
    ).toEqual([
      { type: 'park', status: 'pending', by: -1 },
      { type: 'park', status: 'approved', by: 1 },
    ]);
  });

  it('changes nothing when an edit leaves type and status alone', () => {
    expect(
      orgCountDeltas(change({ type: 'park', status: 'pending' }, { type: 'park', status: 'pending' })),
    ).toEqual([]);
  });
});
