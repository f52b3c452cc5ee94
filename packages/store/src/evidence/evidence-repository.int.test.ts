import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EvidenceInput } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { keys } from '../keys.ts';
import { createEvidenceRepository } from './evidence-repository.ts';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});

const fact = (orgId: string, subjectId: string, amountFen = 100_00): EvidenceInput => ({
  orgId,
  kind: 'open_licence',
  subjectId,
  amountFen,
  actorId: 'user-1',
  summary: `开放许可 ${subjectId}`,
  at: '2026-11-23T02:00:00.000Z',
});

describe('evidence chain', () => {
  it.each([
    ['in one process', () => table.store.evidence],
    // Each writer its own repository without the process lock, as 30 Lambda instances would be.
    [
      'across processes',
      () =>
        createEvidenceRepository(
          { doc: table.clients.doc, tableName: table.tableName },
          { processLock: false },
        ),
    ],
  ])(
    'numbers 30 racing appends on one organisation 1…30 with an intact chain (%s)',
    async (where, repository) => {
      const orgId = `ORG-RACE-${where}`;
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => repository().write([fact(orgId, `L${i}`)], () => [])),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const entries = await table.store.evidence.list(orgId, { year: '2026' });
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(new Set(entries.map((e) => e.subjectId)).size).toBe(30);
      expect(await table.store.evidence.verify(orgId)).toMatchObject({ ok: true, entries: 30 });
    },
    // 30 writers retrying against one chain head: seconds when idle, minutes on a loaded machine.
    300_000,
  );

  it('writes nothing, and answers the index, when a business condition fails', async () => {
    const orgId = 'ORG-COND';
    const result = await table.store.evidence.write([fact(orgId, 'L1')], () => [
      {
        Put: {
          TableName: table.tableName,
          Item: { pk: 'TEST#exists', sk: 'X' },
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
    ]);
    expect(result).toEqual({ ok: false, failedIndex: 0 });
    expect(await table.store.evidence.list(orgId)).toEqual([]);
  });

  it('reports the first broken link after an amount is edited in the table', async () => {
    const orgId = 'ORG-TAMPER';
    for (const id of ['L1', 'L2', 'L3']) await table.store.evidence.write([fact(orgId, id)], () => []);
    await table.clients.doc.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.evidence(orgId, '2026', 2),
        UpdateExpression: 'SET amountFen = :a',
        ExpressionAttributeValues: { ':a': 999_999_00 },
      }),
    );
    expect(await table.store.evidence.verify(orgId)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'hash_mismatch',
    });
  });

  it('reports a removed last entry against the head', async () => {
    const orgId = 'ORG-TRUNCATE';
    for (const id of ['L1', 'L2']) await table.store.evidence.write([fact(orgId, id)], () => []);
    await table.clients.doc.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...keys.evidenceHead(orgId), seq: 3, hash: 'f'.repeat(64) },
      }),
    );
    expect(await table.store.evidence.verify(orgId)).toMatchObject({ ok: false, reason: 'missing_entry' });
  });
});
