import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MailMessage, toRfc5322 } from './mailer.ts';
import { outboxMailer } from './outbox-mailer.ts';
import { sesMailer } from './ses-mailer.ts';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('@aws-sdk/client-sesv2', () => ({
  SESv2Client: class {
    send = async (command: { input: unknown }) => void sent.push(command.input);
  },
  SendEmailCommand: class {
    constructor(readonly input: unknown) {}
  },
}));

const message: MailMessage = {
  id: 'filing-01J/30',
  from: '平台 <noreply@openlicense.example.cn>',
  to: '王经理 <wang@example.cn>',
  subject: '开放许可备案提醒',
  text: '请于截止日前备案',
  date: new Date('2026-11-23T02:00:00Z'),
};

describe('mail adapters', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('files each email once as <id>.eml in the outbox', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'mail-outbox-'));
    dirs.push(dir);
    const mailer = outboxMailer(join(dir, 'outbox'));
    // Act
    await mailer.send(message);
    await mailer.send(message);
    // Assess
    expect(await readdir(mailer.dir)).toEqual(['filing-01J_30.eml']);
    expect(await readFile(join(mailer.dir, 'filing-01J_30.eml'), 'utf8')).toBe(toRfc5322(message));
  });

  it('sends through SES v2 as a raw message, the bare addresses on the envelope and the names in the headers', async () => {
    // Act
    await sesMailer({ configurationSetName: 'reminders' }).send(message);
    // Assess
    expect(sent).toEqual([
      {
        FromEmailAddress: 'noreply@openlicense.example.cn',
        Destination: { ToAddresses: ['wang@example.cn'] },
        Content: { Raw: { Data: new TextEncoder().encode(toRfc5322(message)) } },
        ConfigurationSetName: 'reminders',
      },
    ]);
  });
});
