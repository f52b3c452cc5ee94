import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type BundleRecord, decideAsHolder, transitionBundle } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleRecordOf, ledgerPatentOf } from '../../../../test/support/bundle-input.ts';
import { declarationRecordOf, randomInventionNumber } from '../../../../test/support/declaration-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { InvalidCursorError } from '../dynamo/signed-cursor.ts';
import { StoreConflictError } from '../errors.ts';
import { keys } from '../keys.ts';

/** Instants one second apart from a fixed origin, so orders are known. */
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000).toISOString();

const entry = (orgId: string, action: string): AuditEntry => ({
  id: ulid(),
  orgId,
  at: at(0),
  actorId: 'u1',
  action,
  summary: `test ${action}`,
});

describe('bundle repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  /** A bundle of `park` over two patents of `uniA` and one of `uniB`. */
  function aBundle(
    park = ulid(),
    uniA = ulid(),
    uniB = ulid(),
    options: Parameters<typeof bundleRecordOf>[2] = {},
  ) {
    return bundleRecordOf(
      { id: park },
      [
        { number: randomInventionNumber(), holderOrgId: uniA },
        { number: randomInventionNumber(), holderOrgId: uniA },
        { number: randomInventionNumber(), holderOrgId: uniB },
      ],
      options,
    );
  }

  const statusIds = async (status: BundleRecord['status']) => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await table.store.bundles.listByStatus(status, { limit: 50, cursor });
      ids.push(...page.items.map((b) => b.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  };

  it('stores a draft with its status item, a link per organisation and the audit entry, and reads it back', async () => {
    // Prepare
    const [park, uniA, uniB] = [ulid(), ulid(), ulid()];
    const record = aBundle(park, uniA, uniB);
    // Act
    await table.store.bundles.create(record, [entry(park, 'bundle.created')]);
    // Assess
    expect(await table.store.bundles.get(record.id)).toEqual(record);
    const { Item } = await table.clients.doc.send(
      new GetCommand({ TableName: table.tableName, Key: keys.bundle(record.id) }),
    );
    expect(Item).toMatchObject({ entity: 'Bundle', pk: `BUNDLE#${record.id}`, sk: 'PROFILE' });
    for (const org of [park, uniA, uniB])
      expect((await table.store.bundles.listForOrg(org, { limit: 10 })).items.map((b) => b.id)).toEqual([
        record.id,
      ]);
    expect(await statusIds('draft')).toContain(record.id);
    expect((await table.store.audit.listForOrg(park)).map((e) => e.action)).toEqual(['bundle.created']);
  });

  it('refuses to create the same bundle twice', async () => {
    const record = aBundle();
    await table.store.bundles.create(record, []);
    await expect(table.store.bundles.create(record, [])).rejects.toMatchObject({ code: 'bundle_exists' });
  });

  it('moves the status item with a status change and writes the audit entries in the same transaction', async () => {
    // Prepare
    const park = ulid();
    const record = aBundle(park, ulid(), ulid(), { consented: true });
    await table.store.bundles.create(record, []);
    // Act
    const submitted = transitionBundle(record, 'submit', { actorId: 'u1', at: at(5) });
    await table.store.bundles.save(record, submitted, [entry(park, 'bundle.submitted')]);
    // Assess
    expect(await statusIds('submitted')).toContain(record.id);
    expect(await statusIds('draft')).not.toContain(record.id);
    expect(await table.store.bundles.get(record.id)).toMatchObject({ status: 'submitted', version: 2 });
    expect((await table.store.audit.listForOrg(park)).map((e) => e.action)).toEqual(['bundle.submitted']);
  });

  it('answers a stale write with stale_version and writes nothing, audit included', async () => {
    // Prepare
    const park = ulid();
    const record = aBundle(park);
    await table.store.bundles.create(record, []);
    const [holder] = record.holders;
    const first = decideAsHolder(record, holder!.orgId, 'consented', { actorId: 'a', at: at(1) });
    const second = decideAsHolder(record, holder!.orgId, 'declined', { actorId: 'b', at: at(2) });
    await table.store.bundles.save(record, first, [entry(holder!.orgId, 'bundle.consented')]);
    // Act
    const stale = table.store.bundles.save(record, second, [entry(holder!.orgId, 'bundle.declined')]);
    // Assess
    await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'stale_version' });
    expect((await table.store.bundles.get(record.id))?.holders[0]).toMatchObject({ decision: 'consented' });
    expect((await table.store.audit.listForOrg(holder!.orgId)).map((e) => e.action)).toEqual([
      'bundle.consented',
    ]);
  });

  it('adds and removes holder links when the members change', async () => {
    // Prepare
    const [park, uniA, uniB, uniC] = [ulid(), ulid(), ulid(), ulid()];
    const record = aBundle(park, uniA, uniB);
    await table.store.bundles.create(record, []);
    const replaced = bundleRecordOf({ id: park }, [
      { number: randomInventionNumber(), holderOrgId: uniA },
      { number: randomInventionNumber(), holderOrgId: uniC },
    ]);
    const next = { ...record, members: replaced.members, holders: replaced.holders, version: 2 };
    // Act
    await table.store.bundles.save(record, next, []);
    // Assess
    const linked = async (org: string) =>
      (await table.store.bundles.listForOrg(org, { limit: 5 })).items.length;
    expect([await linked(park), await linked(uniA), await linked(uniB), await linked(uniC)]).toEqual([
      1, 1, 0, 1,
    ]);
  });

  it('keeps one link when the organiser also holds member patents', async () => {
    const park = ulid();
    const record = aBundle(park, park, ulid());
    await table.store.bundles.create(record, []);
    const { Items } = await table.clients.doc.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.org(park).pk, ':prefix': keys.bundleLinkPrefix },
      }),
    );
    expect(Items).toHaveLength(1);
  });

  it("lists an organisation's bundles newest first, page by page, and refuses a cursor it did not issue", async () => {
    // Prepare
    const park = ulid();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const record = aBundle(park);
      await table.store.bundles.create(record, []);
      made.push(record.id);
    }
    // Act
    const first = await table.store.bundles.listForOrg(park, { limit: 2 });
    const rest = await table.store.bundles.listForOrg(park, { limit: 2, cursor: first.nextCursor });
    // Assess
    expect([...first.items, ...rest.items].map((b) => b.id)).toEqual([...made].reverse());
    expect(rest.nextCursor).toBeUndefined();
    await expect(
      table.store.bundles.listForOrg(park, { limit: 2, cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('lists a status oldest change first', async () => {
    // Prepare
    const early = aBundle(ulid(), ulid(), ulid(), { consented: true });
    const late = aBundle(ulid(), ulid(), ulid(), { consented: true });
    await table.store.bundles.create(early, []);
    await table.store.bundles.create(late, []);
    await table.store.bundles.save(late, transitionBundle(late, 'submit', { actorId: 'u', at: at(10) }), []);
    await table.store.bundles.save(
      early,
      transitionBundle(early, 'submit', { actorId: 'u', at: at(20) }),
      [],
    );
    // Act
    const ids = await statusIds('submitted');
    // Assess
    expect(ids.filter((id) => id === early.id || id === late.id)).toEqual([late.id, early.id]);
  });

  it("reads the members' ledger records, active declarations and the status of declarations the bundle names", async () => {
    // Prepare: member 1 has a published declaration, member 2 a withdrawn one the bundle recorded, member 3 none
    const uni = ulid();
    const record = aBundle(ulid(), uni, uni);
    const [m1, m2, m3] = record.members;
    for (const m of [m1!, m2!]) await table.store.patents.create(ledgerPatentOf(m.patentNumber, uni));
    const audit = entry(uni, 'declaration');
    const published = declarationRecordOf(uni, {}, m1!.patentNumber);
    await table.store.declarations.create(published);
    const submitted = { ...published, status: 'submitted' as const, version: 2 };
    await table.store.declarations.transition(published, submitted, { ...audit, id: ulid() });
    await table.store.declarations.transition(
      submitted,
      { ...submitted, status: 'published', version: 3 },
      {
        ...audit,
        id: ulid(),
      },
    );
    const withdrawn = declarationRecordOf(uni, { status: 'withdrawn' }, m2!.patentNumber);
    await table.store.declarations.create(withdrawn);
    const members = record.members.map((m) => (m === m2 ? { ...m, declarationId: withdrawn.id } : m));
    // Act
    const facts = await table.store.bundles.memberFacts({ members });
    // Assess
    expect([...facts.patents.keys()].sort()).toEqual([m1!.patentNumber, m2!.patentNumber].sort());
    expect(facts.patents.has(m3!.patentNumber)).toBe(false);
    expect(Object.fromEntries(facts.activeDeclarations)).toEqual({ [m1!.patentNumber]: published.id });
    expect(Object.fromEntries(facts.declarationStatuses)).toEqual({
      [published.id]: 'published',
      [withdrawn.id]: 'withdrawn',
    });
  });
});
