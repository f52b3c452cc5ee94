import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../../test/support/test-table.ts';
import type { ChangeRecord } from '../change-record.ts';
import { orgStatsConsumer } from './org-stats.ts';

describe('org stats consumer (DynamoDB Local)', () => {
  it('counts a redelivered stream record once', async () => {
    // Prepare
    const { store } = await createTestTable();
    const consumer = orgStatsConsumer(store.orgStats, () => new Date());
    const record: ChangeRecord = {
      eventId: 'evt-1',
      eventName: 'INSERT',
      sequenceNumber: '100',
      entity: 'Org',
      newImage: { entity: 'Org', type: 'university', status: 'pending' },
    };
    // Act
    await consumer.apply(record);
    await consumer.apply(record);
    await consumer.apply({ ...record, eventId: 'evt-2' });
    // Assess
    expect((await store.orgStats.get()).university.pending).toBe(2);
  });

  it('rebuilds the counts from the organisations themselves', async () => {
    const { store } = await createTestTable();
    await store.orgStats.applyOnce('drifted', [{ type: 'agency', status: 'approved', by: 1 }], Date.now());
    const counts = await store.orgStats.rebuild();
    expect(counts.agency.approved).toBe(0);
    expect((await store.orgStats.get()).agency.approved).toBe(0);
  });
});
