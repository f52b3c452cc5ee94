import { addDays, filingDeadline } from '@openlicense/domain';
import type { MailMessage } from '@openlicense/mail';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceOf } from '../../../../test/support/licence-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { filingReminders } from './filing-reminders.ts';

/** 10:00 in Beijing on `day`. */
const at = (day: string) => new Date(`${day}T02:00:00.000Z`);

describe('filing reminders job (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  function job(day: string, sent: MailMessage[]) {
    return filingReminders(
      table.store,
      { now: () => at(day), newId: () => ulid() },
      {
        mailer: { send: async (mail) => void sent.push(mail) },
        from: '平台 <noreply@openlicense.local>',
        appUrl: 'https://openlicense.example.cn/',
      },
    );
  }

  it('reminds the licensee 30 and 7 days before the deadline, once each, in the inbox and by email', async () => {
    // Prepare
    const effective = '2026-06-10';
    const deadline = filingDeadline(effective);
    const licence = licenceOf({ effectiveDate: effective });
    const filed = licenceOf({ effectiveDate: effective });
    await table.store.licences.take(licence, [], []);
    await table.store.licences.take(filed, [], []);
    const current = (await table.store.licences.get(filed.id))!;
    await table.store.licences.update(current, {
      ...current,
      status: 'filed',
      filing: { ...current.filing!, filedOn: '2026-07-01', filingNumber: 'BA1' },
      version: current.version + 1,
    });
    const sent: MailMessage[] = [];
    // Act
    const early = await job(addDays(deadline, -31), sent).run();
    const first = await job(addDays(deadline, -30), sent).run();
    const rerun = await job(addDays(deadline, -30), sent).run();
    const between = await job(addDays(deadline, -20), sent).run();
    const second = await job(addDays(deadline, -7), sent).run();
    // Assess
    expect([early, first, rerun, between, second].map((r) => r.split(' (')[0])).toEqual([
      'filing reminders: 0 sent',
      'filing reminders: 1 sent',
      'filing reminders: 0 sent',
      'filing reminders: 0 sent',
      'filing reminders: 1 sent',
    ]);
    expect((await table.store.licences.get(licence.id))?.filing?.remindersSent).toEqual([30, 7]);
    const inbox = await table.store.licences.notifications(licence.licensee.orgId, { limit: 10 });
    expect(inbox.items.map((n) => n.title)).toEqual([
      expect.stringContaining('还有 7 天'),
      expect.stringContaining('还有 30 天'),
    ]);
    expect(inbox.items.every((n) => n.emailed && n.body.includes(deadline))).toBe(true);
    expect(sent.map((m) => m.to)).toEqual(['王经理 <wang@example.cn>', '王经理 <wang@example.cn>']);
    // The email is the inbox's text plus the page where the filing number is recorded.
    expect(sent[0]?.text.startsWith(inbox.items[1]?.body ?? '-')).toBe(true);
    expect(sent[0]?.text).toContain('https://openlicense.example.cn/#/licences');
    expect((await table.store.licences.notifications(filed.licensee.orgId, { limit: 10 })).items).toEqual([]);
  });

  it('catches up a missed 30-day reminder once, and keeps the inbox when no mailer is reachable', async () => {
    // Prepare
    const effective = '2026-07-15';
    const deadline = filingDeadline(effective);
    const licence = licenceOf({ effectiveDate: effective });
    await table.store.licences.take(licence, [], []);
    const inboxOnly = filingReminders(table.store, {
      now: () => at(addDays(deadline, -25)),
      newId: () => ulid(),
    });
    // Act
    const result = await inboxOnly.run();
    // Assess
    expect(result).toContain('1 sent (0 by email)');
    const inbox = await table.store.licences.notifications(licence.licensee.orgId, { limit: 10 });
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'filing_reminder', subjectId: licence.id, emailed: false });
  });
});
