import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type DeclarationAction, type DeclarationRecord, transition } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf, randomInventionNumber } from '../../../../test/support/declaration-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { StoreConflictError } from '../errors.ts';
import { keys } from '../keys.ts';

/** Instants one second apart from a fixed origin, so orders are known. */
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000).toISOString();

const entry = (record: DeclarationRecord, action: string): AuditEntry => ({
  id: ulid(),
  orgId: record.holderOrgId,
  at: record.updatedAt,
  actorId: 'u1',
  action,
  summary: `test ${action}`,
});

describe('declaration repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  /** Applies `actions` one by one through the repository, `seconds` apart from `start`; returns the last. */
  async function move(record: DeclarationRecord, actions: DeclarationAction[], start = 0) {
    let current = record;
    for (const [i, action] of actions.entries()) {
      const { listing, ...declaration } = current;
      const next = {
        ...transition(declaration, action, { actorId: 'u1', at: at(start + i + 1), reason: '测试理由' }),
        listing,
      };
      await table.store.declarations.transition(current, next, entry(next, `declaration.${next.status}`));
      current = next;
    }
    return current;
  }

  async function created(holderOrgId: string, overrides: Partial<DeclarationRecord> = {}, number?: string) {
    const record = declarationRecordOf(holderOrgId, overrides, number);
    await table.store.declarations.create(record);
    return record;
  }

  it('stores a draft with its entity tag and reads it back parsed, catalogue copy included', async () => {
    // Prepare
    const record = declarationRecordOf(ulid());
    // Act
    await table.store.declarations.create(record);
    // Assess
    const { Item } = await table.clients.doc.send(
      new GetCommand({ TableName: table.tableName, Key: keys.declaration(record.id) }),
    );
    expect(Item).toMatchObject({ entity: 'Declaration', pk: `LISTING#${record.id}`, sk: 'DECLARATION' });
    expect(Item).not.toHaveProperty('listingsByExpiryPk');
    expect(await table.store.declarations.get(record.id)).toEqual(record);
  });

  it('refuses an edit made from a stale version and keeps the stored terms', async () => {
    // Prepare
    const record = await created(ulid());
    const edited = { ...record, scope: '制造、使用本专利产品', version: 2 };
    await table.store.declarations.update(edited, 1);
    // Act
    const stale = table.store.declarations.update({ ...record, scope: '仅限使用', version: 2 }, 1);
    // Assess
    await expect(stale).rejects.toMatchObject({ code: 'stale_version' });
    expect((await table.store.declarations.get(record.id))?.scope).toBe('制造、使用本专利产品');
  });

  it('writes each status change together with its audit entry on the holder’s trail', async () => {
    // Prepare
    const holder = ulid();
    const record = await created(holder);
    // Act
    await move(record, ['submit', 'publish', 'withdraw']);
    // Assess
    const trail = await table.store.audit.listForOrg(holder);
    expect(trail.map((e) => e.action)).toEqual([
      'declaration.withdrawn',
      'declaration.published',
      'declaration.submitted',
    ]);
    expect(await table.store.declarations.get(record.id)).toMatchObject({ status: 'withdrawn', version: 4 });
  });

  it('writes neither the change nor its audit entry when the version is stale', async () => {
    // Prepare
    const holder = ulid();
    const record = await created(holder);
    await move(record, ['submit']);
    // Act
    const { listing, ...declaration } = record;
    const again = { ...transition(declaration, 'submit', { actorId: 'u2', at: at(9) }), listing };
    const outcome = table.store.declarations.transition(record, again, entry(again, 'declaration.submitted'));
    // Assess
    await expect(outcome).rejects.toBeInstanceOf(StoreConflictError);
    await expect(outcome).rejects.toMatchObject({ code: 'stale_version' });
    expect(await table.store.audit.listForOrg(holder)).toHaveLength(1);
  });

  it('lets a patent have one submitted or published declaration at a time, and frees it when that ends', async () => {
    // Prepare
    const holder = ulid();
    const number = randomInventionNumber();
    const first = await created(holder, {}, number);
    const second = await created(holder, {}, number);
    await move(first, ['submit']);
    // Act
    const refused = move(second, ['submit']);
    // Assess
    await expect(refused).rejects.toMatchObject({ code: 'declaration_active' });
    expect(await table.store.declarations.activeFor(number)).toEqual({
      declarationId: first.id,
      holderOrgId: holder,
    });
    expect(await table.store.audit.listForOrg(holder)).toHaveLength(1);

    // Act: the first is rejected, which frees the patent for the second
    await move((await table.store.declarations.get(first.id))!, ['reject'], 10);
    await move(second, ['submit'], 20);
    // Assess
    expect(await table.store.declarations.activeFor(number)).toMatchObject({ declarationId: second.id });
  });

  it('lets exactly one of two concurrent submissions of drafts of the same patent through', async () => {
    // Prepare
    const number = randomInventionNumber();
    const holder = ulid();
    const drafts = [await created(holder, {}, number), await created(holder, {}, number)];
    // Act
    const outcomes = await Promise.allSettled(drafts.map((draft) => move(draft, ['submit'])));
    // Assess
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = drafts[outcomes.findIndex((o) => o.status === 'fulfilled')]!;
    expect(await table.store.declarations.activeFor(number)).toMatchObject({ declarationId: winner.id });
  });

  it('never releases the slot another declaration of the patent holds', async () => {
    // Prepare: a published declaration, and an old copy of a second one that still thinks it is published
    const holder = ulid();
    const number = randomInventionNumber();
    const active = await move(await created(holder, {}, number), ['submit', 'publish']);
    const ghost = await created(holder, { status: 'published' }, number);
    // Act
    await move(ghost, ['withdraw'], 30);
    // Assess
    expect(await table.store.declarations.activeFor(number)).toMatchObject({ declarationId: active.id });
  });

  it('lists an organisation’s declarations newest first, in one status or across all, page by page', async () => {
    // Prepare
    const holder = ulid();
    const records: DeclarationRecord[] = [];
    for (let i = 0; i < 5; i++) records.push(await created(holder, { createdAt: at(100 + i) }));
    await move(records[1]!, ['submit'], 200);
    await move(records[3]!, ['submit', 'publish'], 210);
    // Act
    const first = await table.store.declarations.listByOrg(holder, { limit: 3 });
    const second = await table.store.declarations.listByOrg(holder, { limit: 3, cursor: first.nextCursor });
    const drafts = await table.store.declarations.listByOrg(holder, { status: 'draft', limit: 10 });
    // Assess
    const newestFirst = [...records].reverse().map((r) => r.id);
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual(newestFirst);
    expect(second.nextCursor).toBeUndefined();
    expect(drafts.items.map((r) => r.id)).toEqual([records[4]!.id, records[2]!.id, records[0]!.id]);
  });

  it('queues submissions oldest first and lists the catalogue newest first', async () => {
    // Prepare: a table of its own, so other tests' declarations do not interleave
    const own = await createTestTable();
    const holder = ulid();
    const records = [declarationRecordOf(holder), declarationRecordOf(holder), declarationRecordOf(holder)];
    for (const record of records) await own.store.declarations.create(record);
    const submit = async (record: DeclarationRecord, second: number, publish: boolean) => {
      const { listing, ...d } = record;
      const submitted = { ...transition(d, 'submit', { actorId: 'u1', at: at(second) }), listing };
      await own.store.declarations.transition(record, submitted, entry(submitted, 'declaration.submitted'));
      if (!publish) return;
      const { listing: l, ...s } = submitted;
      const published = { ...transition(s, 'publish', { actorId: 'u1', at: at(second + 100) }), listing: l };
      await own.store.declarations.transition(
        submitted,
        published,
        entry(published, 'declaration.published'),
      );
    };
    await submit(records[2]!, 1, false);
    await submit(records[0]!, 2, false);
    await submit(records[1]!, 3, true);
    // Act
    const queue = await own.store.declarations.listSubmitted({ limit: 10 });
    const catalogue = await own.store.declarations.listPublished({ limit: 10 });
    // Assess
    expect(queue.items.map((r) => r.id)).toEqual([records[2]!.id, records[0]!.id]);
    expect(catalogue.items.map((r) => r.id)).toEqual([records[1]!.id]);
  });

  it('reports what was published or unpublished since a moment, for catalogue deltas', async () => {
    // Prepare
    const own = await createTestTable();
    const holder = ulid();
    const put = async (record: DeclarationRecord) => {
      await own.store.declarations.create(record);
      return record;
    };
    const before = await put(declarationRecordOf(holder, { status: 'published', updatedAt: at(10) }));
    const published = await put(declarationRecordOf(holder, { status: 'published', updatedAt: at(20) }));
    const withdrawn = await put(declarationRecordOf(holder, { status: 'withdrawn', updatedAt: at(30) }));
    const expired = await put(declarationRecordOf(holder, { status: 'expired', updatedAt: at(25) }));
    await put(declarationRecordOf(holder, { status: 'submitted', updatedAt: at(40) }));
    await put(declarationRecordOf(holder, { status: 'rejected', updatedAt: at(40) }));
    // Act
    const changes = await own.store.declarations.listChangedSince(at(15));
    // Assess
    expect(changes.map((r) => [r.id, r.status])).toEqual([
      [published.id, 'published'],
      [expired.id, 'expired'],
      [withdrawn.id, 'withdrawn'],
    ]);
    expect(changes.map((r) => r.id)).not.toContain(before.id);
  });

  it('indexes only published declarations by lapse date, and drops one from the index once it expires', async () => {
    // Prepare
    const own = await createTestTable();
    const holder = ulid();
    const lapsing = declarationRecordOf(holder, { status: 'published' });
    lapsing.listing.lapseDate = '2020-01-31';
    const later = declarationRecordOf(holder, { status: 'published' });
    const draft = declarationRecordOf(holder);
    draft.listing.lapseDate = '2020-01-01';
    for (const record of [lapsing, later, draft]) await own.store.declarations.create(record);
    // Act
    const due = await own.store.declarations.listLapsedBefore('2020-02-01', { limit: 10 });
    const { listing, ...d } = lapsing;
    const expired = { ...transition(d, 'expire', { actorId: 'system', at: at(1) }), listing };
    await own.store.declarations.transition(lapsing, expired, entry(expired, 'declaration.expired'));
    const afterwards = await own.store.declarations.listLapsedBefore('2020-02-01', { limit: 10 });
    // Assess
    expect(due.items.map((r) => r.id)).toEqual([lapsing.id]);
    expect(afterwards.items).toEqual([]);
  });

  it('answers a cursor it did not issue as an invalid cursor', async () => {
    const forged = Buffer.from(JSON.stringify({ pk: 1 }), 'utf8').toString('base64url');
    await expect(table.store.declarations.listPublished({ limit: 5, cursor: forged })).rejects.toThrow(
      /cursor/,
    );
  });
});
