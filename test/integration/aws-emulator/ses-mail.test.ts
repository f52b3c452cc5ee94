import { CreateEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { filingReminders } from '@openlicense/app/jobs';
import { addDays, filingDeadline, type Push } from '@openlicense/domain';
import { pushEmail, pushLinks } from '@openlicense/fn-matcher';
import { sesMailer } from '@openlicense/mail';
import { simpleParser } from 'mailparser';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceOf } from '../../support/licence-input.ts';
import { type MotoServer, motoMissing, resetMoto, workerMotoServer } from '../../support/moto-server.ts';
import { createTestTable, type TestTable } from '../../support/test-table.ts';

/**
 * The SES v2 mailer (MAIL_TRANSPORT=ses, the default in AWS) against moto's SES: the production adapter,
 * only its endpoint differs. What SES accepted is read back from moto's record of sent mail and parsed as a
 * mail client would.
 */
const missing = motoMissing();

const APP_URL = 'https://openlicense.example.cn';
const FROM = '专利开放许可平台 <noreply@openlicense.example.cn>';

/** A raw message moto's SES accepted (`/moto-api/data.json`, the SES backend's RawMessage models). */
interface SentRaw {
  id: string;
  source: string;
  destinations: string[];
  raw_data: string;
}

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

describe.skipIf(missing)('mail through SES v2 against the emulator (moto)', () => {
  let moto: MotoServer;
  let table: TestTable;
  /** The production adapter, pointed at moto. */
  const mailer = () => sesMailer({ clientConfig: moto.clientConfig });

  /** Every raw message moto's SES has accepted so far, oldest first. */
  async function sent(): Promise<SentRaw[]> {
    const response = await fetch(`${moto.endpoint}/moto-api/data.json`);
    const data = (await response.json()) as { ses?: { RawMessage?: SentRaw[] } };
    return data.ses?.RawMessage ?? [];
  }

  beforeAll(async () => {
    [moto, table] = await Promise.all([workerMotoServer(), createTestTable()]);
    // `sent()` reads moto's record of every service, which answers 500 once the S3 test file has run on
    // this worker's moto (its objects do not serialise): start from an empty moto.
    await resetMoto(moto);
    // The sending domain is verified, as the deploy's SES identity is; any other sender is refused.
    const ses = new SESv2Client(moto.clientConfig);
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: 'openlicense.example.cn' }));
    ses.destroy();
  });

  it('sends the push e-mail: Chinese subject, List-Unsubscribe, the inbox and unsubscribe links', async () => {
    // Prepare
    const email = pushEmail(push, {
      from: FROM,
      to: '张工 <tech@lugu-battery.example.cn>',
      appUrl: APP_URL,
      unsubscribeToken: 'tok/1',
    });
    const before = (await sent()).length;

    // Act
    await mailer().send(email);

    // Assess
    const [mail] = (await sent()).slice(before);
    expect(mail?.source).toBe('noreply@openlicense.example.cn');
    // The envelope's recipient, bare (moto lists the To header's mailbox after it)
    expect(mail?.destinations[0]).toBe('tech@lugu-battery.example.cn');
    const parsed = await simpleParser(mail?.raw_data ?? '');
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
  });

  it('sends the filing reminder the nightly job mails, linking to the page where the filing is recorded', async () => {
    // Prepare
    const effective = '2026-06-10';
    const deadline = filingDeadline(effective);
    const licence = licenceOf({ effectiveDate: effective });
    await table.store.licences.take(licence, [], []);
    const job = filingReminders(
      table.store,
      { now: () => new Date(`${addDays(deadline, -30)}T02:00:00.000Z`), newId: () => ulid() },
      { mailer: mailer(), from: FROM, appUrl: APP_URL },
    );
    const before = (await sent()).length;

    // Act
    const outcome = await job.run();

    // Assess
    expect(outcome).toMatch(/^filing reminders: 1 sent \(1 by email\)/);
    const [mail] = (await sent()).slice(before);
    expect(mail?.destinations[0]).toBe('wang@example.cn');
    const parsed = await simpleParser(mail?.raw_data ?? '');
    expect(parsed.subject).toBe('开放许可备案提醒：距截止日还有 30 天 / filing reminder: 30 days left');
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).toEqual([
      { name: '王经理', address: 'wang@example.cn' },
    ]);
    expect(parsed.text).toContain(`应于 ${deadline} 前向国家知识产权局办理备案`);
    expect(links(parsed.text ?? '')).toEqual([`${APP_URL}/#/licences`]);
    const inbox = await table.store.licences.notifications(licence.licensee.orgId, { limit: 5 });
    expect(inbox.items.map((n) => n.emailed)).toEqual([true]);
  });

  it('keeps the reminder in the inbox, not marked e-mailed, when SES refuses an unverified sender', async () => {
    // Prepare: a table of its own, so the other test's licence is not due here too
    const own = await createTestTable();
    const licence = licenceOf({ effectiveDate: '2026-07-15' });
    await own.store.licences.take(licence, [], []);
    const job = filingReminders(
      own.store,
      {
        now: () => new Date(`${addDays(filingDeadline('2026-07-15'), -30)}T02:00:00.000Z`),
        newId: () => ulid(),
      },
      { mailer: mailer(), from: 'noreply@unverified.example.cn', appUrl: APP_URL },
    );
    const before = (await sent()).length;

    // Act
    const outcome = await job.run();

    // Assess
    expect(outcome).toMatch(/^filing reminders: 1 sent \(0 by email\)/);
    expect((await sent()).length).toBe(before);
    const inbox = await own.store.licences.notifications(licence.licensee.orgId, { limit: 5 });
    expect(inbox.items.map((n) => n.emailed)).toEqual([false]);
  });
});
