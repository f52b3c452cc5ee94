import { addDays, filingDeadline } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../../../../test/support/declaration-input.ts';
import { licenceOf } from '../../../../test/support/licence-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { StoreConflictError } from '../errors.ts';

describe('licence repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  const refusal = async (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('writes the licence, its links, the counter and the filing entry together; one live licence per enterprise', async () => {
    // Prepare
    const declaration = declarationRecordOf(ulid(), { status: 'published' });
    await table.store.declarations.create(declaration);
    const licence = licenceOf({}, { listingId: declaration.id, licensorOrgId: declaration.holderOrgId });
    const check = [{ kind: 'declaration' as const, id: declaration.id }];
    // Act
    await table.store.licences.take(licence, check, []);
    const again = await refusal(
      table.store.licences.take(
        { ...licenceOf({}, { listingId: declaration.id }), licensee: licence.licensee },
        check,
        [],
      ),
    );
    // Assess
    expect(await table.store.licences.get(licence.id)).toEqual(licence);
    expect(again).toBeInstanceOf(StoreConflictError);
    expect(again).toMatchObject({ code: 'licence_held', data: { licenceId: licence.id } });
    expect(await table.store.licences.offerCount('listing', declaration.id)).toBe(1);
    const asLicensor = await table.store.licences.listFor(declaration.holderOrgId, 'licensor', { limit: 10 });
    expect(asLicensor.items.map((l) => l.id)).toEqual([licence.id]);
    const due = await table.store.licences.filingDueBy(filingDeadline(licence.effectiveDate!));
    expect(due.map((l) => l.id)).toContain(licence.id);
  });

  it('refuses a licence of a withdrawn declaration, naming the withdrawal, and writes nothing', async () => {
    // Prepare
    const declaration = declarationRecordOf(ulid(), {
      status: 'withdrawn',
      withdrawnAt: '2026-11-20T02:00:00.000Z',
      statusReason: '专利权人转让专利',
    });
    await table.store.declarations.create(declaration);
    const licence = licenceOf({}, { listingId: declaration.id });
    // Act
    const error = await refusal(
      table.store.licences.take(licence, [{ kind: 'declaration', id: declaration.id }], []),
    );
    // Assess
    expect(error).toMatchObject({
      code: 'offer_withdrawn',
      data: {
        offerKind: 'declaration',
        offerId: declaration.id,
        status: 'withdrawn',
        since: '2026-11-20',
        reason: '专利权人转让专利',
      },
    });
    expect(await table.store.licences.get(licence.id)).toBeUndefined();
    expect(await table.store.licences.offerCount('listing', declaration.id)).toBe(0);
  });

  it('drops the filing entry once filed, and records a reminder once with its notification', async () => {
    // Prepare
    const licence = licenceOf({ effectiveDate: addDays('2026-11-23', -70) });
    await table.store.licences.take(licence, [], []);
    const notification = {
      id: ulid(),
      orgId: licence.licensee.orgId,
      kind: 'filing_reminder' as const,
      title: '备案提醒',
      body: '请备案',
      subjectId: licence.id,
      createdAt: new Date().toISOString(),
      emailed: false,
    };
    // Act
    const first = await table.store.licences.remind(licence, 30, notification);
    const stale = await table.store.licences.remind(licence, 30, { ...notification, id: ulid() });
    const reminded = (await table.store.licences.get(licence.id))!;
    const filed = await table.store.licences.update(reminded, {
      ...reminded,
      status: 'filed',
      filing: { ...reminded.filing!, filedOn: '2026-11-23', filingNumber: 'BA2026001' },
      version: reminded.version + 1,
    });
    // Assess
    expect([first, stale]).toEqual([true, false]);
    expect(reminded.filing?.remindersSent).toEqual([30]);
    const inbox = await table.store.licences.notifications(licence.licensee.orgId, { limit: 10 });
    expect(inbox.items).toEqual([notification]);
    expect(filed.status).toBe('filed');
    const due = await table.store.licences.filingDueBy('2099-12-31');
    expect(due.map((l) => l.id)).not.toContain(licence.id);
  });
});
