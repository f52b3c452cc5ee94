import type { DirectoryOffer, DirectoryOrg, DirectoryPatent } from '@openlicense/contract/directory';
import type { DeclarationRecord } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleRecordOf, ledgerPatentOf } from '../support/bundle-input.ts';
import { declarationRecordOf } from '../support/declaration-input.ts';
import { createTestApi, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

describe('the pickers’ look-ups (/api/directory/*) against DynamoDB Local', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let enterprise: Member;
  let pendingEnterprise: Member;
  let agency: Member;
  let office: Member;
  let ledgerNumber: string;
  let listed: DeclarationRecord;
  let bundleId: string;
  let bundleNumber: string;

  beforeAll(async () => {
    // Prepare: a university with a ledger patent and a published listing, enterprises approved and not, a bundle
    table = await createTestTable();
    api = createTestApi(table);
    [university, enterprise, pendingEnterprise, agency, office] = await Promise.all([
      api.member('university', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('enterprise', 'admin', 'pending'),
      api.member('agency', 'member'),
      api.member('ip_office', 'admin'),
    ]);
    ledgerNumber = randomPatentNumber();
    await table.store.patents.create(
      ledgerPatentOf(ledgerNumber, university.org.id, { title: '一种风电叶片除冰装置' }),
    );
    const draft = declarationRecordOf(university.org.id, { status: 'draft' });
    await table.store.declarations.create(draft);
    const audit = () => ({
      id: ulid(),
      orgId: university.org.id,
      at: new Date().toISOString(),
      actorId: 'test',
      action: 'declaration.test',
      summary: 'test',
    });
    const submitted = { ...draft, status: 'submitted' as const, version: 2 };
    await table.store.declarations.transition(draft, submitted, audit());
    listed = {
      ...submitted,
      status: 'published' as const,
      version: 3,
      publishedAt: new Date().toISOString(),
    };
    await table.store.declarations.transition(submitted, listed, audit());
    bundleNumber = randomPatentNumber(2020);
    const bundle = bundleRecordOf(
      { id: agency.org.id, name: agency.org.name, type: 'agency' },
      [bundleNumber, randomPatentNumber(2021)].map((number) => ({
        number,
        holderOrgId: university.org.id,
        holderName: university.org.name,
      })),
      { consented: true, overrides: { status: 'published', name: '智能电网专利包' } },
    );
    await table.store.bundles.create(bundle, []);
    bundleId = bundle.id;
  });

  const get = async <T>(path: string, token: string) => {
    const res = await api.request(path, { token });
    return {
      status: res.status,
      body: (await res.json()) as { items: T[] } & { error?: { details?: unknown } },
    };
  };

  it('finds approved enterprises by part of their name, with names and ids only, never a pending one', async () => {
    // Act
    const { status, body } = await get<DirectoryOrg>(
      '/api/directory/orgs?type=enterprise&q=测试enter',
      agency.token,
    );
    // Assess
    expect(status).toBe(200);
    const ids = body.items.map((org) => org.id);
    expect(ids).toContain(enterprise.org.id);
    expect(ids).not.toContain(pendingEnterprise.org.id);
    expect(ids).not.toContain(university.org.id);
    expect(body.items.find((org) => org.id === enterprise.org.id)).toEqual({
      id: enterprise.org.id,
      name: enterprise.org.name,
      type: 'enterprise',
    });
  });

  it('looks up several types at once and by a suffix of the name', async () => {
    // Act
    const suffix = university.org.name.slice(-4);
    const { body } = await get<DirectoryOrg>(
      `/api/directory/orgs?type=university,enterprise&q=${encodeURIComponent(suffix)}`,
      enterprise.token,
    );
    // Assess
    expect(body.items.map((org) => org.id)).toEqual([university.org.id]);
  });

  it('finds a holder’s ledger patents by part of the number or the title, with the holder’s name', async () => {
    // Act
    const byNumber = await get<DirectoryPatent>(
      `/api/directory/patents?holder=${university.org.id}&q=${ledgerNumber.slice(4, 10)}`,
      agency.token,
    );
    const byTitle = await get<DirectoryPatent>(
      `/api/directory/patents?holder=${university.org.id}&q=${encodeURIComponent('除冰')}`,
      agency.token,
    );
    // Assess
    expect(byNumber.body.items.map((p) => p.number)).toContain(ledgerNumber);
    expect(byTitle.body.items).toEqual([
      {
        number: ledgerNumber,
        title: '一种风电叶片除冰装置',
        holderOrgId: university.org.id,
        holderName: university.org.name,
      },
    ]);
  });

  it('finds a patent of any ledger by its full number, written with ZL, and a listed one by its title', async () => {
    // Act
    const exact = await get<DirectoryPatent>(`/api/directory/patents?q=ZL${ledgerNumber}`, enterprise.token);
    const listedOnes = await get<DirectoryPatent>(
      `/api/directory/patents?q=${encodeURIComponent('正极材料')}`,
      enterprise.token,
    );
    // Assess
    expect(exact.body.items.map((p) => p.number)).toEqual([ledgerNumber]);
    expect(listedOnes.body.items.map((p) => p.number)).toContain(listed.patentNumber);
  });

  it('finds published listings by title and by their holder’s name, and bundles by member number', async () => {
    // Act
    const byTitle = await get<DirectoryOffer>(
      `/api/directory/offers?q=${encodeURIComponent('正极材料')}`,
      agency.token,
    );
    const byHolder = await get<DirectoryOffer>(
      `/api/directory/offers?kind=listing&q=${encodeURIComponent(university.org.name)}`,
      agency.token,
    );
    const bundles = await get<DirectoryOffer>(
      `/api/directory/offers?kind=bundle&q=${bundleNumber.slice(0, 8)}`,
      agency.token,
    );
    // Assess
    expect(byTitle.body.items.map((o) => o.id)).toContain(listed.id);
    expect(byHolder.body.items.map((o) => o.id)).toEqual([listed.id]);
    expect(bundles.body.items).toEqual([
      {
        id: `bundle:${bundleId}`,
        kind: 'bundle',
        title: '智能电网专利包',
        patentNumbers: [bundleNumber, expect.any(String)],
        holderNames: [agency.org.name, university.org.name],
      },
    ]);
  });

  it('answers only signed-in approved organisations that record deals or run events', async () => {
    // Act
    const anonymous = await api.request('/api/directory/orgs?type=enterprise');
    const pending = await api.request('/api/directory/orgs?type=enterprise', {
      token: pendingEnterprise.token,
    });
    const ipOffice = await api.request('/api/directory/offers', { token: office.token });
    // Assess
    expect(anonymous.status).toBe(401);
    expect(pending.status).toBe(403);
    expect(ipOffice.status).toBe(403);
  });

  it('refuses an unknown type or a malformed holder with 400 naming the field', async () => {
    // Act
    const type = await get<never>('/api/directory/orgs?type=ip_office', agency.token);
    const holder = await get<never>('/api/directory/patents?holder=nope', agency.token);
    // Assess
    expect(type.status).toBe(400);
    expect(JSON.stringify(type.body.error?.details)).toContain('type');
    expect(holder.status).toBe(400);
    expect(JSON.stringify(holder.body.error?.details)).toContain('holder');
  });
});
