import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import {
  type Authorisation,
  addYears,
  type DeclarationRecord,
  isoDateInChina,
  type Need,
} from '@openlicense/domain';
import { outboxMailer } from '@openlicense/mail';
import { createChangeJournal, memorySnapshotStore, type SnapshotStore } from '@openlicense/store';
import type { DynamoDBRecord } from 'aws-lambda';
import { ulid } from 'ulidx';
import { afterEach, describe, expect, it } from 'vitest';
import { approvedOrg as org } from '../../../test/support/approved-org.ts';
import { declarationRecordOf } from '../../../test/support/declaration-input.ts';
import { needOf } from '../../../test/support/need-input.ts';
import { createTestTable, type TestTable } from '../../../test/support/test-table.ts';
import type { ChangeRecord } from './change-record.ts';
import { needFeatures } from './match-index/features.ts';
import { matchEngineKind } from './match-index/match-engine-kind.ts';
import { createMatcher } from './matcher.ts';
import { restrictMatcherStore } from './matcher-store.ts';
import { createStreamHandler } from './stream-handler.ts';

const outboxes: string[] = [];
afterEach(async () => {
  for (const dir of outboxes.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A table with an approved enterprise, the agency it authorised, and a matcher over them. */
async function world(snapshots: SnapshotStore = memorySnapshotStore()) {
  const table = await createTestTable();
  const outbox = await mkdtemp(join(tmpdir(), 'outbox-'));
  outboxes.push(outbox);
  const enterprise = await org(table, 'enterprise', '长沙锂电科技有限公司');
  const agency = await org(table, 'agency', '湘江知识产权服务中心');
  const today = isoDateInChina(new Date());
  const auth: Authorisation = {
    id: ulid(),
    enterpriseOrgId: enterprise.id,
    agentOrgId: agency.id,
    validFrom: today,
    validUntil: addYears(today, 1),
    scope: 'needs',
    status: 'active',
    grantedAt: new Date().toISOString(),
    grantedBy: 'u1',
    version: 1,
  };
  await table.store.authorisations.grant(auth, []);
  const matcher = matcherOver(table, snapshots, outbox);
  return { table, outbox, enterprise, agency, matcher, snapshots, auth };
}

function matcherOver(table: TestTable, snapshots: SnapshotStore, outbox: string) {
  return createMatcher({
    // Restricted as the matcher Lambda builds it, so a repository it lacks fails here, not in AWS.
    store: restrictMatcherStore(table.store),
    journal: createChangeJournal({ doc: table.clients.doc, tableName: table.tableName }),
    snapshots,
    mailer: outboxMailer(outbox),
    engines: matchEngineKind,
    config: {
      dedupeDays: 180,
      mailFrom: '专利开放许可平台 <noreply@openlicense.local>',
      appUrl: 'http://localhost:3000',
    },
    refreshIntervalMs: 0,
  });
}

async function publishedListing(table: TestTable): Promise<DeclarationRecord> {
  const at = new Date().toISOString();
  const record = declarationRecordOf(ulid(), { status: 'published', publishedAt: at, updatedAt: at });
  await table.store.declarations.create(record);
  return record;
}

async function openNeed(table: TestTable, enterpriseOrgId: string, overrides: Record<string, unknown> = {}) {
  const need: Need = {
    ...needOf(enterpriseOrgId, {
      title: '高镍三元正极材料循环稳定性提升',
      description: '公司生产高镍三元正极材料，循环稳定性不足，希望引进共沉淀与烧结工艺改进技术。',
      targets: ['循环1000次容量保持率≥90%'],
      industryChains: ['先进储能材料'],
      ipc: ['H01M 4/525'],
      dealTypes: ['open_license', 'ordinary_license'],
      regionCode: '430104',
      ...overrides,
    }),
    status: 'open',
  };
  await table.store.needs.create(need);
  return need;
}

let sequence = 0;
const change = (entity: string, newImage: object, oldImage?: object): ChangeRecord => ({
  eventId: `evt-${++sequence}`,
  eventName: oldImage ? 'MODIFY' : 'INSERT',
  sequenceNumber: String(sequence),
  entity,
  newImage: { entity, ...newImage },
  ...(oldImage ? { oldImage: { entity, ...oldImage } } : {}),
});
const streamRecord = (record: ChangeRecord): DynamoDBRecord => ({
  eventID: record.eventId,
  eventName: record.eventName,
  dynamodb: {
    SequenceNumber: record.sequenceNumber,
    NewImage: marshall(record.newImage, { removeUndefinedValues: true }) as never,
  },
});

async function applyAll(consumers: ReturnType<typeof createMatcher>['consumers'], record: ChangeRecord) {
  for (const consumer of consumers) if (consumer.wants(record)) await consumer.apply(record);
}

describe('matcher (DynamoDB Local)', () => {
  it('stores a published listing’s matches with score and explanation, and proposes them to the authorised agency', async () => {
    // Prepare
    const { table, enterprise, agency, matcher } = await world();
    const listing = await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    // Act
    await applyAll(matcher.consumers, change('Declaration', listing));
    await applyAll(matcher.consumers, change('Need', need));
    // Assess
    const matches = await table.store.matches.listByNeed(need.id, 10);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      needId: need.id,
      listingId: listing.id,
      listingKind: 'listing',
      enterpriseName: '长沙锂电科技有限公司',
      listingTitle: '一种高镍三元正极材料的制备方法',
      computedAt: need.updatedAt,
    });
    expect(matches[0]?.score).toBeGreaterThan(0);
    expect(matches[0]?.explanation.signals.map((s) => s.signal)).toContain('ipc');
    expect(await table.store.matches.listByListing(listing.id, 10)).toEqual(matches);
    const proposal = await table.store.proposals.get(agency.id, `${need.id}.${listing.id}`);
    expect(proposal).toMatchObject({ status: 'proposed', score: matches[0]?.score, brokerOrgId: agency.id });
  });

  it('stores the same items when a stream record is delivered twice', async () => {
    // Prepare
    const { table, enterprise, agency, matcher } = await world();
    const listing = await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    const record = change('Need', need);
    const stored = async () => ({
      matches: await table.store.matches.listByNeed(need.id, 10),
      byListing: await table.store.matches.listByListing(listing.id, 10),
      proposals: (await table.store.proposals.listForBroker(agency.id, 'proposed', { limit: 10 })).items,
    });
    // Act
    await applyAll(matcher.consumers, record);
    const first = await stored();
    await applyAll(matcher.consumers, record);
    // Assess
    expect(first.matches).toHaveLength(1);
    expect(await stored()).toEqual(first);
  });

  it('proposes an enterprise’s matches to an agency it authorises later', async () => {
    // Prepare
    const { table, enterprise, matcher } = await world();
    const listing = await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    await applyAll(matcher.consumers, change('Need', need));
    const later = await org(table, 'park', '麓谷产业园');
    const today = isoDateInChina(new Date());
    const auth: Authorisation = {
      id: ulid(),
      enterpriseOrgId: enterprise.id,
      agentOrgId: later.id,
      validFrom: today,
      validUntil: addYears(today, 1),
      scope: 'needs',
      status: 'active',
      grantedAt: new Date().toISOString(),
      grantedBy: 'u1',
      version: 1,
    };
    await table.store.authorisations.grant(auth, []);
    // Act
    await applyAll(matcher.consumers, change('Authorisation', auth));
    // Assess
    expect(await table.store.proposals.get(later.id, `${need.id}.${listing.id}`)).toMatchObject({
      status: 'proposed',
    });
  });

  it('reports a failing record alone, after applying the ones before it', async () => {
    // Prepare
    const { table, enterprise, matcher } = await world();
    await publishedListing(table);
    const good = await openNeed(table, enterprise.id);
    const bad = { ...(await openNeed(table, enterprise.id)), dealTypes: 'not a list' };
    const handler = createStreamHandler(matcher.consumers, () => {});
    const records = [change('Need', good), change('Need', bad), change('Need', good)];
    // Act
    const result = await handler({ Records: records.map(streamRecord) });
    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: records[1]?.sequenceNumber }]);
    expect(await table.store.matches.listByNeed(good.id, 10)).toHaveLength(1);
  });

  it('pushes automatically above the agency’s threshold once, delivers it and files the email', async () => {
    // Prepare
    const { table, enterprise, agency, matcher, outbox } = await world();
    await table.store.pushSettings.put(agency.id, { autoPush: true, autoPushThreshold: 1 }, 0, new Date());
    const listing = await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    // Act
    await applyAll(matcher.consumers, change('Need', need));
    await applyAll(matcher.consumers, change('Need', need));
    const proposal = await table.store.proposals.get(agency.id, `${need.id}.${listing.id}`);
    const approved = await table.store.pushes.get(proposal?.pushId ?? '');
    await applyAll(matcher.consumers, change('Push', approved ?? {}));
    await applyAll(matcher.consumers, change('Push', approved ?? {}));
    // Assess
    expect(proposal?.status).toBe('pushed');
    expect(approved).toMatchObject({
      auto: true,
      approvedBy: 'auto',
      brokerName: '湘江知识产权服务中心',
      brokerType: 'agency',
    });
    const year = isoDateInChina(new Date()).slice(0, 4);
    const pushes = await table.store.pushes.allByBroker(agency.id, year);
    expect(pushes.map((p) => p.status)).toEqual(['delivered']);
    const files = await readdir(outbox);
    expect(files).toEqual([`push-${approved?.id}.eml`]);
    const eml = await readFile(join(outbox, files[0] ?? ''), 'utf8');
    expect(eml).toContain('To: enterprise@test.openlicense.cn');
    expect(eml).toContain('Subject: =?UTF-8?B?');
    const body = Buffer.from(eml.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '', 'base64').toString('utf8');
    expect(body).toContain('一种高镍三元正极材料的制备方法');
    expect(body).toContain('/#/unsubscribe?token=');
    expect(eml).toContain('List-Unsubscribe: <');
  });

  it('auto-pushes under the live authorisation only: once revoked, nothing is delivered, proposed or pushed for the agency, even for a need it collected', async () => {
    // Prepare: an automatic push approved under the authorisation, not yet delivered
    const { table, enterprise, agency, matcher, auth } = await world();
    await table.store.pushSettings.put(agency.id, { autoPush: true, autoPushThreshold: 1 }, 0, new Date());
    const listing = await publishedListing(table);
    const first = await openNeed(table, enterprise.id);
    await applyAll(matcher.consumers, change('Need', first));
    const proposal = await table.store.proposals.get(agency.id, `${first.id}.${listing.id}`);
    const approved = await table.store.pushes.get(proposal?.pushId ?? '');
    expect(approved).toMatchObject({ auto: true, authorisationId: auth.id });
    // Act: the enterprise revokes; then the delivery runs, and a need the agency had collected changes
    const revokedAt = new Date().toISOString();
    await table.store.authorisations.update(
      { ...auth, status: 'revoked', revokedAt, revokedBy: 'u1', version: 2 },
      1,
      [],
    );
    await applyAll(matcher.consumers, change('Push', approved ?? {}));
    const collected: Need = { ...(await openNeed(table, enterprise.id)), collectedByOrgId: agency.id };
    await applyAll(matcher.consumers, change('Need', collected));
    // Assess
    expect((await table.store.pushes.get(approved?.id ?? ''))?.status).toBe('undeliverable');
    expect(await table.store.proposals.get(agency.id, `${collected.id}.${listing.id}`)).toBeUndefined();
    const year = isoDateInChina(new Date()).slice(0, 4);
    expect((await table.store.pushes.allByBroker(agency.id, year)).map((p) => p.id)).toEqual([approved?.id]);
    expect((await table.store.quotas.counts(agency.id, year)).pushes ?? 0).toBe(0);
  });

  it('delivers to the inbox without email when the enterprise turned email off', async () => {
    // Prepare
    const { table, enterprise, agency, matcher, outbox } = await world();
    await table.store.pushSettings.put(agency.id, { autoPush: true, autoPushThreshold: 1 }, 0, new Date());
    await table.store.pushPreferences.put(
      enterprise.id,
      { unsubscribed: false, weeklyCap: 5, email: false },
      0,
      new Date(),
    );
    const listing = await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    await applyAll(matcher.consumers, change('Need', need));
    const proposal = await table.store.proposals.get(agency.id, `${need.id}.${listing.id}`);
    const approved = await table.store.pushes.get(proposal?.pushId ?? '');
    // Act
    await applyAll(matcher.consumers, change('Push', approved ?? {}));
    // Assess
    expect((await table.store.pushes.get(approved?.id ?? ''))?.status).toBe('delivered');
    expect(await readdir(outbox)).toEqual([]);
  });

  it('matches the enterprise’s needs again when its feedback penalises a field, and says so', async () => {
    // Prepare: a delivered push the enterprise answers "wrong field"
    const { table, enterprise, agency, matcher } = await world();
    const listing = await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    await applyAll(matcher.consumers, change('Need', need));
    const before = (await table.store.matches.listByNeed(need.id, 10))[0];
    const proposal = await table.store.proposals.get(agency.id, `${need.id}.${listing.id}`);
    const push = await table.store.pushes.approve({
      proposal: proposal!,
      brokerUserId: 'u-agency',
      brokerName: agency.name,
      now: new Date(),
      dedupeDays: 180,
    });
    await table.store.pushes.deliver(push.id, new Date());
    await table.store.pushes.answer(
      push.id,
      enterprise.id,
      { kind: 'wrong_field' },
      'u-enterprise',
      new Date(),
    );
    const { Item } = await table.clients.doc.send(
      new GetCommand({
        TableName: table.tableName,
        Key: { pk: `ORG#${enterprise.id}`, sk: 'MATCH_FEEDBACK' },
      }),
    );
    // Act
    await applyAll(matcher.consumers, change('MatchFeedback', Item ?? {}));
    // Assess
    const after = (await table.store.matches.listByNeed(need.id, 10))[0];
    expect(after?.score).toBeLessThan(before?.score ?? 0);
    expect(after?.explanation.signals.map((s) => s.signal)).toContain('feedback');
  });

  it('takes a closed need’s waiting proposals out of the broker’s queue, keeping pushed ones', async () => {
    // Prepare
    const { table, enterprise, agency, matcher } = await world();
    await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    await applyAll(matcher.consumers, change('Need', need));
    const queued = await table.store.proposals.listForBroker(agency.id, 'proposed', { limit: 10 });
    expect(queued.items).toHaveLength(1);
    const closed = { ...need, status: 'closed' as const, version: need.version + 1 };
    await table.store.needs.update(need, closed);
    // Act
    await applyAll(matcher.consumers, change('Need', closed, need));
    // Assess
    expect((await table.store.proposals.listForBroker(agency.id, 'proposed', { limit: 10 })).items).toEqual(
      [],
    );
    expect(await table.store.matches.listByNeed(need.id, 10)).toEqual([]);
  });

  it('clears, in the full run, the matches of a need closed while the stream was not looking', async () => {
    // Prepare
    const { table, enterprise, matcher } = await world();
    await publishedListing(table);
    const need = await openNeed(table, enterprise.id);
    await applyAll(matcher.consumers, change('Need', need));
    await table.store.needs.update(need, { ...need, status: 'closed', version: need.version + 1 });
    // Act
    await matcher.jobs[0]?.run();
    // Assess
    expect(await table.store.matches.listByNeed(need.id, 10)).toEqual([]);
  });

  it('matches after a cold start from the snapshot as after a full rebuild', async () => {
    // Prepare: a nightly run, then a listing and a need that arrive after it
    const { table, enterprise, matcher, snapshots, outbox } = await world();
    await publishedListing(table);
    await openNeed(table, enterprise.id);
    const outcome = await matcher.jobs[0]?.run();
    const lateListing = await publishedListing(table);
    const lateNeed = await openNeed(table, enterprise.id, { title: '高镍正极材料烧结工艺改进' });
    await applyAll(matcher.consumers, change('Declaration', lateListing));
    await applyAll(matcher.consumers, change('Need', lateNeed));
    // Act
    const cold = matcherOver(table, snapshots, outbox);
    const rebuilt = matcherOver(table, memorySnapshotStore(), outbox);
    const [coldEngine, rebuiltEngine] = [await cold.state.engine(), await rebuilt.state.engine()];
    // Assess
    expect(outcome).toMatch(/^matched 1 needs against 1 listings/);
    expect(cold.state.stats()).toMatchObject({ source: 'snapshot', listings: 2, needs: 2 });
    expect(rebuilt.state.stats()).toMatchObject({ source: 'store', listings: 2, needs: 2 });
    const features = needFeatures(lateNeed);
    expect(coldEngine.matchNeed(features, { limit: 20 })).toEqual(
      rebuiltEngine.matchNeed(features, { limit: 20 }),
    );
    expect(coldEngine.matchNeed(features, { limit: 20 }).map((r) => r.id)).toContain(lateListing.id);
  });
});
