import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_IPC_CHAIN_TABLE, type Patent, PatentInputSchema, toPatent } from '@openlicense/domain';
import { outboxMailer } from '@openlicense/mail';
import { createChangeJournal, memorySnapshotStore } from '@openlicense/store';
import { ulid } from 'ulidx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { approvedOrg } from '../../../../test/support/approved-org.ts';
import { randomInventionNumber } from '../../../../test/support/declaration-input.ts';
import { createTestTable } from '../../../../test/support/test-table.ts';
import type { ChangeRecord } from '../change-record.ts';
import { matchEngineKind } from '../match-index/match-engine-kind.ts';
import { createMatcher } from '../matcher.ts';
import { restrictMatcherStore } from '../matcher-store.ts';

const outboxes: string[] = [];
afterEach(async () => {
  for (const dir of outboxes.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A Changsha (430100) university with one cathode patent serving 先进储能材料, and the matcher's night and stream. */
async function world() {
  const table = await createTestTable();
  const outbox = await mkdtemp(join(tmpdir(), 'outbox-'));
  outboxes.push(outbox);
  const university = await approvedOrg(table, 'university', '湘江大学');
  const cathode = toPatent(
    PatentInputSchema.parse({
      number: randomInventionNumber(),
      title: '一种高镍三元正极材料的制备方法',
      keywords: ['高镍', '三元正极材料'],
      industryChains: ['先进储能材料'],
      ipc: ['H01M 4/525'],
      patentees: [{ name: university.name, orgId: university.id }],
      filingDate: '2019-03-15',
      grantDate: '2021-06-20',
      legal: { annualFee: 'paid' },
    }),
    university.id,
    new Date().toISOString(),
  );
  await table.store.patents.create(cathode);
  let clock = Date.parse('2026-12-07T01:00:00.000Z');
  const matcher = createMatcher({
    store: restrictMatcherStore(table.store),
    journal: createChangeJournal({ doc: table.clients.doc, tableName: table.tableName }),
    snapshots: memorySnapshotStore(),
    mailer: outboxMailer(outbox),
    engines: matchEngineKind,
    config: {
      dedupeDays: 180,
      mailFrom: '专利开放许可平台 <noreply@openlicense.local>',
      appUrl: 'http://localhost:3000',
    },
    now: () => new Date(clock),
    refreshIntervalMs: 0,
  });
  const nightly = async () => {
    clock += 3_600_000;
    for (const job of matcher.jobs) await job.run();
  };
  const streamed = async (next: Patent, previous: Patent, afterMs: number) => {
    clock += afterMs;
    const record: ChangeRecord = {
      eventId: ulid(),
      eventName: 'MODIFY',
      sequenceNumber: String(clock),
      entity: 'Patent',
      newImage: { entity: 'Patent', ...next },
      oldImage: { entity: 'Patent', ...previous },
    };
    for (const consumer of matcher.consumers) if (consumer.wants(record)) await consumer.apply(record);
  };
  /** The Changsha IP office saves 先进储能材料 among its priority chains. */
  const officeNamesPriority = (chains: string[]) =>
    table.store.gradingSettings.put(
      { id: ulid(), name: '长沙市知识产权局', regionCode: '430100' },
      { priorityChains: chains, ipcChains: DEFAULT_IPC_CHAIN_TABLE },
      0,
      'office-user',
      new Date(clock),
    );
  return { table, cathode, nightly, streamed, officeNamesPriority };
}

describe('grading with the IP office’s settings (DynamoDB Local)', () => {
  it('raises a patent’s score at the next night once its region names its chain a priority, with the reason naming the chain', async () => {
    // Prepare
    const { table, cathode, nightly, officeNamesPriority } = await world();
    await nightly();
    const before = await table.store.patentGrades.get(cathode.number);

    // Act
    await officeNamesPriority(['先进储能材料', '工程机械']);
    await nightly();

    // Assess
    const after = await table.store.patentGrades.get(cathode.number);
    expect(before?.grade.reasons).toContainEqual(
      expect.objectContaining({ code: 'chain_served', params: { chains: ['先进储能材料'] } }),
    );
    expect(after?.grade.reasons).toContainEqual(
      expect.objectContaining({ code: 'chain_priority', params: { chains: ['先进储能材料'] } }),
    );
    expect(after?.grade.score).toBeGreaterThan(before?.grade.score ?? 100);
  });

  it('grades a ledger change on the stream with its region’s settings too', async () => {
    // Prepare
    const { table, cathode, nightly, streamed, officeNamesPriority } = await world();
    await nightly();
    await officeNamesPriority(['先进储能材料']);
    const change = async (from: Patent, afterMs: number) => {
      const next: Patent = {
        ...from,
        keywords: [...from.keywords, `k${afterMs}`],
        version: from.version + 1,
      };
      await table.store.patents.update(next, from.version);
      await streamed(next, from, afterMs);
      return next;
    };

    // Act
    await change(cathode, 61_000);

    // Assess
    const graded = await table.store.patentGrades.get(cathode.number);
    expect(graded?.grade.reasons).toContainEqual(
      expect.objectContaining({ code: 'chain_priority', params: { chains: ['先进储能材料'] } }),
    );
  });

  it('reads the settings once for ledger records a second apart on the stream, and again a minute later', async () => {
    // Prepare
    const { table, cathode, nightly, streamed } = await world();
    await nightly();
    const reads = vi.spyOn(table.store.gradingSettings, 'listAll');
    let current = cathode;
    const change = async (afterMs: number) => {
      const next: Patent = {
        ...current,
        keywords: [...current.keywords, `k${afterMs}`],
        version: current.version + 1,
      };
      await table.store.patents.update(next, current.version);
      await streamed(next, current, afterMs);
      current = next;
    };

    // Act
    await change(1_000);
    await change(1_000);
    await change(1_000);
    const withinAMinute = reads.mock.calls.length;
    await change(61_000);

    // Assess
    expect(withinAMinute).toBe(1);
    expect(reads.mock.calls.length).toBe(2);
  });
});
