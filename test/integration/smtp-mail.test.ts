import type { AddressInfo } from 'node:net';
import { filingReminders } from '@openlicense/app/jobs';
import { addDays, filingDeadline, type Push } from '@openlicense/domain';
import { pushEmail, pushLinks } from '@openlicense/fn-matcher';
import { mailerFromConfig } from '@openlicense/mail';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenceOf } from '../support/licence-input.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/**
 * The SMTP adapter (MAIL_TRANSPORT=smtp), for regions without SES, against a real SMTP server started
 * here on a free port: the push e-mail and the filing reminder arrive as a mail client reads them.
 */
interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

const USER = 'mailer@openlicense.test';
const PASSWORD = 'p@ss w:rd';
const APP_URL = 'https://openlicense.example.cn';
const FROM = '专利开放许可平台 <noreply@openlicense.example.cn>';

let server: SMTPServer;
let port: number;
let table: TestTable;
const received: Received[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === USER && auth.password === PASSWORD) done(null, { user: USER });
      else done(new Error('invalid credentials'));
    },
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        done();
      });
    },
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.server.address() as AddressInfo).port;
  table = await createTestTable();
});

afterAll(async () => {
  await new Promise<void>((closed) => server.close(() => closed()));
});

/** The mailer the configuration picks, as the matcher and scheduler build it at start-up. */
const smtpFromConfig = (password = PASSWORD) =>
  mailerFromConfig({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
  });

const links = (text: string) => text.match(/https?:\/\/\S+/g) ?? [];

const push: Push = {
  id: ulid(),
  listingId: 'L1',
  listingKind: 'listing',
  listingTitle: '一种高镍三元正极材料的制备方法',
  holderName: '中南大学',
  enterpriseOrgId: 'ENT',
  enterpriseName: '长沙锂电科技有限公司',
  needId: 'N1',
  needTitle: '高镍正极材料循环寿命提升',
  brokerOrgId: 'AG',
  brokerName: '湖南技术转移中心',
  approvedBy: 'user-1',
  auto: false,
  score: 86.5,
  explanation: {
    summary: '关键词与 IPC 分类高度吻合',
    signals: [{ signal: 'text', contribution: 40, evidence: ['高镍'], text: '共同关键词：高镍、正极材料' }],
  },
  status: 'delivered',
  approvedAt: '2026-11-23T01:00:00.000Z',
  deliveredAt: '2026-11-23T01:00:05.000Z',
  version: 2,
};

describe('mail over SMTP (MAIL_TRANSPORT=smtp, a local SMTP server)', () => {
  it('delivers the push e-mail: Chinese subject, one-click List-Unsubscribe, the inbox and unsubscribe links', async () => {
    // Prepare
    const mailer = smtpFromConfig();
    const email = pushEmail(push, {
      from: FROM,
      to: '张工 <tech@lugu-battery.example.cn>',
      appUrl: APP_URL,
      unsubscribeToken: 'tok/1',
    });
    const before = received.length;

    // Act
    await mailer.send(email);

    // Assess
    const [mail] = received.slice(before);
    expect(mail?.from).toBe('noreply@openlicense.example.cn');
    expect(mail?.to).toEqual(['tech@lugu-battery.example.cn']);
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.subject).toBe('【精准推送】一种高镍三元正极材料的制备方法');
    expect(parsed.from?.value).toEqual([
      { name: '专利开放许可平台', address: 'noreply@openlicense.example.cn' },
    ]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).toEqual([
      { name: '张工', address: 'tech@lugu-battery.example.cn' },
    ]);
    const expected = pushLinks(APP_URL, 'tok/1');
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(
      `List-Unsubscribe: <${expected.unsubscribe}>`,
    );
    expect(links(parsed.text ?? '')).toEqual([expected.inbox, expected.unsubscribePage]);
    expect(parsed.text).toContain('湖南技术转移中心向您推荐一项专利开放许可');
    expect(parsed.messageId).toBe(`<push-${push.id}@openlicense.local>`);
  });

  it('delivers the filing reminder the nightly job sends, linking to the page where the filing is recorded', async () => {
    // Prepare
    const effective = '2026-06-10';
    const deadline = filingDeadline(effective);
    const licence = licenceOf({ effectiveDate: effective });
    await table.store.licences.take(licence, [], []);
    const day = addDays(deadline, -30);
    const job = filingReminders(
      table.store,
      { now: () => new Date(`${day}T02:00:00.000Z`), newId: () => ulid() },
      { mailer: smtpFromConfig(), from: FROM, appUrl: APP_URL },
    );
    const before = received.length;

    // Act
    const outcome = await job.run();

    // Assess
    expect(outcome).toMatch(/^filing reminders: 1 sent \(1 by email\)/);
    const [mail] = received.slice(before);
    expect(mail?.to).toEqual(['wang@example.cn']);
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.subject).toBe('开放许可备案提醒：距截止日还有 30 天 / filing reminder: 30 days left');
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).toEqual([
      { name: '王经理', address: 'wang@example.cn' },
    ]);
    expect(parsed.text).toContain(`应于 ${deadline} 前向国家知识产权局办理备案`);
    expect(links(parsed.text ?? '')).toEqual([`${APP_URL}/#/licences`]);
    const inbox = await table.store.licences.notifications(licence.licensee.orgId, { limit: 5 });
    expect(inbox.items.map((n) => n.emailed)).toEqual([true]);
  });

  it('keeps the reminder in the inbox, not marked e-mailed, when the SMTP server refuses the credentials', async () => {
    // Prepare: a table of its own, so the other test's licence is not due here too
    const own = await createTestTable();
    const licence = licenceOf({ effectiveDate: '2026-07-15' });
    await own.store.licences.take(licence, [], []);
    const day = addDays(filingDeadline('2026-07-15'), -30);
    const job = filingReminders(
      own.store,
      { now: () => new Date(`${day}T02:00:00.000Z`), newId: () => ulid() },
      { mailer: smtpFromConfig('wrong'), from: FROM, appUrl: APP_URL },
    );
    const before = received.length;

    // Act
    const outcome = await job.run();

    // Assess
    expect(outcome).toMatch(/^filing reminders: 1 sent \(0 by email\)/);
    expect(received.length).toBe(before);
    const inbox = await own.store.licences.notifications(licence.licensee.orgId, { limit: 5 });
    expect(inbox.items.map((n) => n.emailed)).toEqual([false]);
  });
});
