import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Authorisation, type Need, transitionNeed } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../../../../test/support/need-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { StoreConflictError } from '../errors.ts';
import { keys } from '../keys.ts';

const entry = (orgId: string, action = 'need.collected'): AuditEntry => ({
  id: ulid(),
  orgId,
  at: new Date().toISOString(),
  actorId: 'u1',
  action,
  summary: 'test',
});

/** Needs created one millisecond apart, so their order is known. */
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

describe('need repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  it('stores a need with its entity tag and reads it back parsed', async () => {
    // Prepare
    const need = needOf(ulid());
    // Act
    const result = await table.store.needs.create(need);
    // Assess
    const { Item } = await table.clients.doc.send(
      new GetCommand({ TableName: table.tableName, Key: keys.need(need.id) }),
    );
    expect(result).toEqual({ created: true });
    expect(Item?.entity).toBe('Need');
    expect(await table.store.needs.get(need.id)).toEqual(need);
  });

  it('returns the need that holds a clientRef instead of creating a second one', async () => {
    // Prepare
    const owner = ulid();
    const first = needOf(owner, { clientRef: 'R-001' });
    await table.store.needs.create(first);
    // Act
    const again = await table.store.needs.create(
      needOf(owner, { clientRef: 'R-001', title: '另一个标题的需求' }),
    );
    // Assess
    expect(again).toEqual({ created: false, existing: first });
    expect((await table.store.needs.listByOwner(owner, { limit: 10 })).items.map((n) => n.id)).toEqual([
      first.id,
    ]);
  });

  it('lets exactly one of two concurrent imports of the same clientRef create the need', async () => {
    const owner = ulid();
    const results = await Promise.all([
      table.store.needs.create(needOf(owner, { clientRef: 'R-race' })),
      table.store.needs.create(needOf(owner, { clientRef: 'R-race' })),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await table.store.needs.allByOwner(owner)).length).toBe(1);
  });

  it('keeps clientRefs apart per enterprise and per collecting organisation', async () => {
    // Prepare
    const owner = ulid();
    const agency = ulid();
    await table.store.needs.create(needOf(owner, { clientRef: 'R-1' }));
    // Act
    const byAgency = await table.store.needs.create(
      needOf(owner, { clientRef: 'R-1' }, { collectedBy: { orgId: agency, userId: 'u1' } }),
    );
    const otherOwner = await table.store.needs.create(needOf(ulid(), { clientRef: 'R-1' }));
    // Assess
    expect(byAgency.created).toBe(true);
    expect(otherOwner.created).toBe(true);
    expect((await table.store.needs.findByClientRef(owner, agency, 'R-1'))?.collectedByOrgId).toBe(agency);
    expect((await table.store.needs.findByClientRef(owner, owner, 'R-1'))?.collectedByOrgId).toBeUndefined();
  });

  it('refuses a stale update and keeps the stored version', async () => {
    // Prepare
    const need = needOf(ulid());
    await table.store.needs.create(need);
    const opened = transitionNeed(need, 'open', { at: new Date().toISOString() });
    await table.store.needs.update(need, opened);
    // Act
    const stale = table.store.needs.update(need, { ...opened, title: '过期副本里的标题' });
    // Assess
    await expect(stale).rejects.toMatchObject({ code: 'stale_version' });
    expect(await table.store.needs.get(need.id)).toEqual(opened);
  });

  it('claims a clientRef set by an edit, and refuses one another need holds', async () => {
    const owner = ulid();
    const holder = needOf(owner, { clientRef: 'R-held' });
    const plain = needOf(owner);
    await table.store.needs.create(holder);
    await table.store.needs.create(plain);
    const taken = table.store.needs.update(plain, { ...plain, clientRef: 'R-held', version: 2 });
    await expect(taken).rejects.toMatchObject({ code: 'client_ref_taken' });
    await table.store.needs.update(plain, { ...plain, clientRef: 'R-new', version: 2 });
    expect((await table.store.needs.findByClientRef(owner, owner, 'R-new'))?.id).toBe(plain.id);
  });

  it('writes an agency’s evidence with the need, and nothing when its authorisation was revoked meanwhile', async () => {
    // Prepare
    const owner = ulid();
    const agency = ulid();
    const authorisation: Authorisation = {
      id: ulid(),
      enterpriseOrgId: owner,
      agentOrgId: agency,
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
      scope: 'needs',
      status: 'active',
      grantedAt: new Date().toISOString(),
      grantedBy: 'u0',
      version: 1,
    };
    // The agent is no stored organisation here, so the authorisation item is written directly.
    await table.clients.doc.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...keys.authorisation(owner, authorisation.id), entity: 'Authorisation', ...authorisation },
      }),
    );
    const ref = { enterpriseOrgId: owner, id: authorisation.id };
    const collected = needOf(owner, {}, { collectedBy: { orgId: agency, userId: 'u1' } });
    // Act
    await table.store.needs.create(collected, { audit: [entry(agency), entry(owner)], authorisation: ref });
    await table.clients.doc.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...keys.authorisation(owner, authorisation.id),
          entity: 'Authorisation',
          ...authorisation,
          status: 'revoked',
        },
      }),
    );
    const late = table.store.needs.create(
      needOf(owner, {}, { collectedBy: { orgId: agency, userId: 'u1' } }),
      {
        audit: [entry(agency), entry(owner)],
        authorisation: ref,
      },
    );
    // Assess
    await expect(late).rejects.toBeInstanceOf(StoreConflictError);
    await expect(late).rejects.toMatchObject({ code: 'authorisation_revoked' });
    expect((await table.store.audit.listForOrg(agency)).map((e) => e.action)).toEqual(['need.collected']);
    expect(await table.store.audit.listForOrg(owner)).toHaveLength(1);
    expect((await table.store.needs.allByOwner(owner)).map((n) => n.id)).toEqual([collected.id]);
  });

  it('merges an agency’s collected needs with its enterprises’ ledgers, newest first, each need once', async () => {
    // Prepare: A and B authorised the agency; it also collected one need of C and one of A
    const [a, b, c, agency] = [ulid(), ulid(), ulid(), ulid()];
    const collectedBy = { orgId: agency, userId: 'u1' };
    const needs: Need[] = [
      needOf(a, {}, { at: at(1) }),
      needOf(b, {}, { at: at(2) }),
      needOf(c, {}, { at: at(3), collectedBy }),
      needOf(a, {}, { at: at(4), collectedBy }),
      needOf(b, {}, { at: at(5) }),
      needOf(c, {}, { at: at(6) }),
    ];
    for (const need of needs) await table.store.needs.create(need);
    const sources = [{ collectorOrgId: agency }, { ownerOrgId: a }, { ownerOrgId: b }];
    // Act: pages of two
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await table.store.needs.list(sources, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    // Assess
    expect(seen).toEqual([needs[4], needs[3], needs[2], needs[1], needs[0]].map((n) => n?.id));
    expect(pages).toBe(3);
  });

  it('fills a page past the needs a filter refuses', async () => {
    const owner = ulid();
    const needs = [0, 1, 2, 3, 4, 5].map((i) =>
      needOf(owner, { visibility: i % 2 ? 'private' : 'public' }, { at: at(i) }),
    );
    for (const need of needs) await table.store.needs.create(need);
    const accept = (need: Need) => need.visibility === 'public';
    const first = await table.store.needs.list([{ ownerOrgId: owner }], { limit: 2, accept });
    const second = await table.store.needs.list([{ ownerOrgId: owner }], {
      limit: 2,
      accept,
      ...(first.nextCursor ? { cursor: first.nextCursor } : {}),
    });
    expect(first.items.map((n) => n.id)).toEqual([needs[4]?.id, needs[2]?.id]);
    expect(second.items.map((n) => n.id)).toEqual([needs[0]?.id]);
    expect(second.nextCursor).toBeUndefined();
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(
      table.store.needs.listByOwner(ulid(), { limit: 5, cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toThrow(/cursor/);
  });
});
