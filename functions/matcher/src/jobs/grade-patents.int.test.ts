import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Need,
  type Org,
  type Patent,
  type PatentDispute,
  PatentInputSchema,
  toPatent,
} from '@openlicense/domain';
import { outboxMailer } from '@openlicense/mail';
import { createChangeJournal, memorySnapshotStore } from '@openlicense/store';
import { ulid } from 'ulidx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { approvedOrg as org } from '../../../../test/support/approved-org.ts';
import { declarationRecordOf, randomInventionNumber } from '../../../../test/support/declaration-input.ts';
import { licenceOf, noticeSentOf } from '../../../../test/support/licence-input.ts';
import { needOf } from '../../../../test/support/need-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import type { ChangeRecord } from '../change-record.ts';
import { matchEngineKind } from '../match-index/match-engine-kind.ts';
import { createMatcher } from '../matcher.ts';
import { restrictMatcherStore } from '../matcher-store.ts';

const outboxes: string[] = [];
afterEach(async () => {
  for (const dir of outboxes.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A granted invention (filed 2019, in force until 2039) in the university's ledger, never declared. */
async function ledgerPatent(
  table: TestTable,
  holder: Org,
  fields: { title: string; abstract: string; keywords: string[]; industryChains: string[]; ipc: string[] },
): Promise<Patent> {
  const patent = toPatent(
    PatentInputSchema.parse({
      number: randomInventionNumber(),
      ...fields,
      patentees: [{ name: holder.name, orgId: holder.id }],
      filingDate: '2019-03-15',
      grantDate: '2021-06-20',
      legal: { annualFee: 'paid' },
    }),
    holder.id,
    new Date().toISOString(),
  );
  const created = await table.store.patents.create(patent);
  expect(created.created).toBe(true);
  return patent;
}

/** A university with a cathode patent a published need asks for and a design-software patent nobody asks for. */
async function world() {
  const table = await createTestTable();
  const outbox = await mkdtemp(join(tmpdir(), 'outbox-'));
  outboxes.push(outbox);
  const university = await org(table, 'university', '湘江大学');
  const enterprise = await org(table, 'enterprise', '长沙锂电科技有限公司');
  const cathode = await ledgerPatent(table, university, {
    title: '一种高镍三元正极材料的制备方法',
    abstract: '通过共沉淀与两段烧结工艺提高高镍三元正极材料的循环稳定性。',
    keywords: ['高镍', '三元正极材料', '共沉淀', '烧结', '循环稳定性'],
    industryChains: ['先进储能材料'],
    ipc: ['H01M 4/525'],
  });
  const unsought = await ledgerPatent(table, university, {
    title: '一种古建筑木构件榫卯节点的三维建模方法',
    abstract: '采集榫卯节点点云并重建参数化模型，用于古建筑修缮设计。',
    keywords: ['古建筑', '榫卯', '点云建模'],
    industryChains: [],
    ipc: ['G06T 17/00'],
  });
  const need: Need = {
    ...needOf(enterprise.id, {
      title: '高镍三元正极材料循环稳定性提升',
      description: '公司生产高镍三元正极材料，循环稳定性不足，希望引进共沉淀与烧结工艺改进技术。',
      targets: ['循环1000次容量保持率≥90%'],
      industryChains: ['先进储能材料'],
      ipc: ['H01M 4/525'],
      dealTypes: ['open_license', 'ordinary_license'],
      regionCode: '430104',
    }),
    status: 'open',
  };
  await table.store.needs.create(need);
  // The catalogue as it stands: another holder's published listing (the engine weighs terms against it).
  const at = new Date().toISOString();
  const elsewhere = await org(table, 'university', '湘南理工学院');
  await table.store.declarations.create(
    declarationRecordOf(elsewhere.id, { status: 'published', publishedAt: at, updatedAt: at }),
  );
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
    // Each run an hour later, so each grading is a computation of its own.
    now: () => new Date(clock),
    refreshIntervalMs: 0,
  });
  /** The nightly schedule: the full re-match, then the grading run. */
  const nightly = async () => {
    clock += 3_600_000;
    const outcomes: Record<string, string> = {};
    for (const job of matcher.jobs) outcomes[job.name] = await job.run();
    return outcomes;
  };
  /** What the table's stream hands the matcher when a ledger record changes. */
  const streamed = async (next: Patent, previous: Patent, afterMs = 60_000) => {
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
  /** What the stream hands the matcher when a need is published (no `previous`) or changes. */
  const streamedNeed = async (next: Need, previous?: Need) => {
    clock += 60_000;
    const record: ChangeRecord = {
      eventId: ulid(),
      eventName: previous ? 'MODIFY' : 'INSERT',
      sequenceNumber: String(clock),
      entity: 'Need',
      newImage: { entity: 'Need', ...next },
      ...(previous ? { oldImage: { entity: 'Need', ...previous } } : {}),
    };
    for (const consumer of matcher.consumers) if (consumer.wants(record)) await consumer.apply(record);
  };
  /** What the stream hands the matcher when an ownership claim is opened on a patent. */
  const streamedDispute = async (dispute: PatentDispute) => {
    clock += 1_000;
    const record: ChangeRecord = {
      eventId: ulid(),
      eventName: 'INSERT',
      sequenceNumber: String(clock),
      entity: 'PatentDispute',
      newImage: { entity: 'PatentDispute', ...dispute },
    };
    for (const consumer of matcher.consumers) if (consumer.wants(record)) await consumer.apply(record);
  };
  return {
    table,
    university,
    enterprise,
    cathode,
    unsought,
    need,
    nightly,
    streamed,
    streamedNeed,
    streamedDispute,
  };
}

const rank = (letter: string | undefined) => 'DCBA'.indexOf(letter ?? '');

describe('grade-patents (DynamoDB Local)', () => {
  it('grades a patent a live need asks for above one nobody asks for, with the need among its reasons', async () => {
    // Prepare
    const { table, university, cathode, unsought, need, nightly } = await world();
    // Act
    const outcomes = await nightly();
    // Assess
    expect(outcomes['grade-patents']).toMatch(/^graded 2 patents of 1 holders: 2 grade changes/);
    const sought = await table.store.patentGrades.get(cathode.number);
    const other = await table.store.patentGrades.get(unsought.number);
    expect(sought?.matchedNeeds.map((n) => n.needId)).toEqual([need.id]);
    expect(sought?.matchedNeeds[0]?.score).toBeGreaterThan(50);
    expect(other?.matchedNeeds).toEqual([]);
    expect(rank(sought?.grade.grade)).toBeGreaterThan(rank(other?.grade.grade));
    const demand = sought?.grade.reasons.find(
      (r) => r.code === 'demand_strong' || r.code === 'demand_moderate',
    );
    expect(demand?.params.needId).toBe(need.id);
    expect(other?.grade.reasons.map((r) => r.code)).toContain('demand_none');
    expect(sought?.changes).toEqual([
      { at: sought?.computedAt, from: null, to: sought?.grade.grade, reasons: sought?.grade.reasons },
    ]);
    expect(
      (await table.store.patentGrades.listByHolder(university.id)).map((g) => g.patentId).sort(),
    ).toEqual([cathode.number, unsought.number].sort());
  });

  it('records the change with demand_none once the need it matched is closed', async () => {
    // Prepare
    const { table, cathode, need, nightly } = await world();
    await nightly();
    const before = await table.store.patentGrades.get(cathode.number);
    const closed: Need = { ...need, status: 'closed', version: need.version + 1 };
    await table.store.needs.update(need, closed);
    // Act
    const outcomes = await nightly();
    // Assess
    const after = await table.store.patentGrades.get(cathode.number);
    expect(after?.matchedNeeds).toEqual([]);
    expect(after?.grade.score).toBeLessThan(before?.grade.score ?? 0);
    expect(rank(after?.grade.grade)).toBeLessThan(rank(before?.grade.grade));
    expect(after?.changes.map((c) => [c.from, c.to])).toEqual([
      [before?.grade.grade, after?.grade.grade],
      [null, before?.grade.grade],
    ]);
    expect(after?.changes[0]?.at).toBe(after?.computedAt);
    expect(after?.changes[0]?.reasons.map((r) => r.code)).toContain('demand_none');
    expect(outcomes['grade-patents']).toMatch(/: 1 grade changes/);
  });

  it('forgets the grade of a patent that left the ledger', async () => {
    // Prepare
    const { table, university, unsought, nightly } = await world();
    await nightly();
    // Act
    await table.store.patents.delete(unsought.number, university.id, unsought.version);
    const outcomes = await nightly();
    // Assess
    expect(await table.store.patentGrades.get(unsought.number)).toBeUndefined();
    expect(outcomes['grade-patents']).toMatch(/1 stale grades removed/);
  });

  it('grades a ledger record again when it changes on the stream, before the night', async () => {
    // Prepare
    const { table, cathode, unsought, nightly, streamed } = await world();
    await nightly();
    const before = await table.store.patentGrades.get(cathode.number);
    const untouched = await table.store.patentGrades.get(unsought.number);
    const lapsed: Patent = {
      ...cathode,
      legal: { ...cathode.legal, annualFee: 'lapsed' },
      version: cathode.version + 1,
    };
    await table.store.patents.update(lapsed, cathode.version);
    // Act
    await streamed(lapsed, cathode);
    // Assess
    const after = await table.store.patentGrades.get(cathode.number);
    expect(after?.grade).toEqual({
      grade: 'D',
      score: 0,
      reasons: [{ code: 'lapsed', params: {}, effect: 0 }],
    });
    expect(after?.changes.map((c) => [c.from, c.to])).toEqual([
      [before?.grade.grade, 'D'],
      [null, before?.grade.grade],
    ]);
    expect(await table.store.patentGrades.get(unsought.number)).toEqual(untouched);
  });

  it('grades the patents counting a need again at once when the need is closed, before the night', async () => {
    // Prepare
    const { table, cathode, unsought, need, nightly, streamedNeed } = await world();
    await nightly();
    const before = await table.store.patentGrades.get(cathode.number);
    const untouched = await table.store.patentGrades.get(unsought.number);
    const closed: Need = { ...need, status: 'closed', version: need.version + 1 };
    await table.store.needs.update(need, closed);
    // Act
    await streamedNeed(closed, need);
    // Assess
    const after = await table.store.patentGrades.get(cathode.number);
    expect(before?.matchedNeeds.map((n) => n.needId)).toEqual([need.id]);
    expect(after?.matchedNeeds).toEqual([]);
    expect(after?.grade.reasons.map((r) => r.code)).toContain('demand_none');
    expect(rank(after?.grade.grade)).toBeLessThan(rank(before?.grade.grade));
    expect(await table.store.patentGrades.get(unsought.number)).toEqual(untouched);
    expect(await table.store.patentGrades.countingNeed(need.id)).toEqual([]);
  });

  it('counts a newly published need in the grade of a declared patent it matches at once', async () => {
    // Prepare: the cathode patent published as an open licence, graded at night
    const { table, university, enterprise, cathode, nightly, streamedNeed } = await world();
    const at = new Date().toISOString();
    await table.store.declarations.create(
      declarationRecordOf(
        university.id,
        { status: 'published', publishedAt: at, updatedAt: at },
        cathode.number,
      ),
    );
    await nightly();
    const fresh: Need = {
      ...needOf(enterprise.id, {
        title: '高镍正极材料共沉淀工艺改进',
        description: '希望引进高镍三元正极材料共沉淀及两段烧结工艺，提高循环稳定性。',
        targets: ['容量保持率≥92%'],
        industryChains: ['先进储能材料'],
        ipc: ['H01M 4/525'],
        dealTypes: ['open_license'],
        regionCode: '430104',
      }),
      status: 'open',
    };
    await table.store.needs.create(fresh);
    // Act
    await streamedNeed(fresh);
    // Assess
    const after = await table.store.patentGrades.get(cathode.number);
    expect(after?.matchedNeeds.map((n) => n.needId)).toContain(fresh.id);
    expect(await table.store.patentGrades.countingNeed(fresh.id)).toEqual([cathode.number]);
  });

  it('grades a patent again at once when an ownership claim is opened on it, not from the minute’s cached claims', async () => {
    // Prepare: a ledger change on the stream reads the open claims (none), then a claim is opened a second later
    const { table, university, cathode, nightly, streamed, streamedDispute } = await world();
    await nightly();
    const edited: Patent = {
      ...cathode,
      keywords: [...cathode.keywords, '前驱体'],
      version: cathode.version + 1,
    };
    await table.store.patents.update(edited, cathode.version);
    await streamed(edited, cathode);
    const claimant = await org(table, 'university', '湘潭材料研究院');
    const at = new Date().toISOString();
    const dispute: PatentDispute = {
      id: ulid(),
      patentNumber: cathode.number,
      patentTitle: cathode.title,
      claimantOrgId: claimant.id,
      claimantName: claimant.name,
      holderOrgId: university.id,
      holderName: university.name,
      holderRegionCode: university.regionCode,
      claim: PatentInputSchema.parse({
        number: cathode.number,
        title: cathode.title,
        patentees: [{ name: claimant.name }],
        filingDate: '2019-03-15',
        grantDate: '2021-06-20',
        legal: { annualFee: 'paid' },
      }),
      statement: '本单位是该专利唯一的专利权人。',
      evidenceRef: '专利证书',
      status: 'open',
      createdBy: 'test',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await table.store.patentDisputes.open(dispute, edited.version, []);
    // Act
    await streamedDispute(dispute);
    // Assess
    const after = await table.store.patentGrades.get(cathode.number);
    expect(after?.grade.reasons.map((r) => r.code)).toContain('dispute_open');
  });

  it('reads the open disputes and the holder’s licensing once for records a minute apart, not once per record', async () => {
    // Prepare: the nightly run, then a ledger import's records arriving a second apart
    const { table, cathode, nightly, streamed } = await world();
    await nightly();
    const disputes = vi.spyOn(table.store.patentDisputes, 'listByStatus');
    const deals = vi.spyOn(table.store.deals, 'listForOrg');
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
    const withinAMinute = [disputes.mock.calls.length, deals.mock.calls.length];
    await change(61_000);
    // Assess
    expect(withinAMinute).toEqual([1, 1]);
    expect([disputes.mock.calls.length, deals.mock.calls.length]).toEqual([2, 2]);
  });

  it('counts the open licences that came into effect on a patent as its licensing history', async () => {
    // Prepare
    const { table, university, unsought, nightly } = await world();
    const offer = (patentNumbers: string[]) => ({
      kind: 'listing' as const,
      id: ulid(),
      title: unsought.title,
      declarationIds: [ulid()],
      patentNumbers,
    });
    const parties = { licensorOrgId: university.id };
    await table.store.licences.take(licenceOf({ offer: offer([unsought.number]) }, parties), [], []);
    await table.store.licences.take(noticeSentOf({ offer: offer([unsought.number]) }, parties), [], []);
    await table.store.licences.take(licenceOf({ offer: offer([randomInventionNumber()]) }, parties), [], []);
    // Act
    await nightly();
    // Assess
    const grade = await table.store.patentGrades.get(unsought.number);
    expect(grade?.grade.reasons).toContainEqual({
      code: 'licensed_before',
      params: { licences: 1, deals: 0 },
      effect: expect.any(Number),
    });
  });
});
