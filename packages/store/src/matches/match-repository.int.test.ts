import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchOf, proposalOf } from '../../../../test/support/push-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';

describe('match and proposal repositories (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  it('lists a need’s matches best first and replaces them, deleting pairs no longer matched', async () => {
    // Prepare
    const need = ulid();
    const [a, b, c] = [ulid(), ulid(), `bundle:${ulid()}`];
    await table.store.matches.replaceForNeed(need, [
      matchOf(need, a, { score: 55.5 }),
      matchOf(need, b, { score: 91.2 }),
    ]);
    // Act
    await table.store.matches.replaceForNeed(need, [
      matchOf(need, b, { score: 90 }),
      matchOf(need, c, { score: 72.3 }),
    ]);
    // Assess
    const listed = await table.store.matches.listByNeed(need, 10);
    expect(listed.map((m) => [m.listingId, m.score])).toEqual([
      [b, 90],
      [c, 72.3],
    ]);
    expect(listed[1]?.listingKind).toBe('bundle');
    expect(await table.store.matches.listByListing(a, 10)).toEqual([]);
  });

  it('keeps one item per pair when the same match is written twice, and removes a listing everywhere', async () => {
    const listing = ulid();
    const [n1, n2] = [ulid(), ulid()];
    const matches = [matchOf(n1, listing, { score: 60 }), matchOf(n2, listing, { score: 88 })];
    await table.store.matches.upsertForListing(listing, matches);
    await table.store.matches.upsertForListing(listing, matches);
    expect((await table.store.matches.listByListing(listing, 10)).map((m) => m.needId)).toEqual([n2, n1]);
    expect(await table.store.matches.listByListing(listing, 1)).toHaveLength(1);

    await table.store.matches.removeListing(listing);
    expect(await table.store.matches.listByListing(listing, 10)).toEqual([]);
    expect(await table.store.matches.listByNeed(n1, 10)).toEqual([]);
  });

  it('queues proposals best first per broker and status; re-proposing keeps a rejected pair rejected', async () => {
    // Prepare
    const broker = ulid();
    const low = proposalOf(broker, { score: 61 });
    const high = proposalOf(broker, { score: 93.4 });
    const now = new Date('2026-11-20T08:00:00Z');
    await table.store.proposals.upsert([low, high], now);
    const stored = await table.store.proposals.get(broker, low.id);
    // Act
    await table.store.proposals.reject(stored!, '企业已有类似技术', now);
    await table.store.proposals.upsert([{ ...low, score: 99 }, high], new Date('2026-11-21T08:00:00Z'));
    // Assess
    const queue = await table.store.proposals.listForBroker(broker, 'proposed', { limit: 10 });
    expect(queue.items.map((p) => p.id)).toEqual([high.id]);
    // A refresh keeps the first proposal's time and version: only a broker's decision moves the version.
    expect(queue.items[0]).toMatchObject({ status: 'proposed', version: 1, createdAt: now.toISOString() });
    const rejected = await table.store.proposals.listForBroker(broker, 'rejected', { limit: 10 });
    expect(rejected.items).toMatchObject([
      { id: low.id, status: 'rejected', rejectReason: '企业已有类似技术', score: 99 },
    ]);
  });

  it('pages a broker’s queue with a cursor', async () => {
    const broker = ulid();
    await table.store.proposals.upsert(
      [70, 80, 90].map((score) => proposalOf(broker, { score })),
      new Date(),
    );
    const first = await table.store.proposals.listForBroker(broker, 'proposed', { limit: 2 });
    const second = await table.store.proposals.listForBroker(broker, 'proposed', {
      limit: 2,
      ...(first.nextCursor ? { cursor: first.nextCursor } : {}),
    });
    expect([...first.items, ...second.items].map((p) => p.score)).toEqual([90, 80, 70]);
  });
});
