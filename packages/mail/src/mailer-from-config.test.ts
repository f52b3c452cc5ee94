import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MailMessage } from './mailer.ts';
import { MailConfigError, mailerFromConfig } from './mailer-from-config.ts';
import { envelopeAddress } from './smtp-mailer.ts';

const message: MailMessage = {
  id: 'push-01J',
  from: '平台 <noreply@openlicense.example.cn>',
  to: '王经理 <wang@example.cn>',
  subject: '【精准推送】高镍正极',
  text: '正文',
  date: new Date('2026-11-23T02:00:00Z'),
};

describe('mailerFromConfig (MAIL_TRANSPORT)', () => {
  it('refuses smtp without SMTP_URL, naming the variable', () => {
    // Act / Assess
    expect(() => mailerFromConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(MailConfigError);
    expect(() => mailerFromConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(
      /^SMTP_URL: MAIL_TRANSPORT=smtp needs the server/,
    );
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    // Act / Assess
    expect(() => mailerFromConfig({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'https://smtp.example.cn' })).toThrow(
      /^SMTP_URL: SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    );
  });

  it('refuses a transport it does not know, naming the ones it does', () => {
    // Act / Assess
    expect(() => mailerFromConfig({ MAIL_TRANSPORT: 'sendgrid' })).toThrow(
      'MAIL_TRANSPORT: "sendgrid" is not one of ses, smtp, log',
    );
  });

  it('log: sends nothing and writes one line naming the email', async () => {
    // Prepare
    const lines: string[] = [];
    const mailer = mailerFromConfig({ MAIL_TRANSPORT: 'log' }, { log: (line) => lines.push(line) });
    // Act
    await mailer.send(message);
    // Assess
    expect(lines).toEqual([
      'mail not sent (MAIL_TRANSPORT=log): push-01J to 王经理 <wang@example.cn>: 【精准推送】高镍正极',
    ]);
  });

  it('log with MAIL_OUTBOX_DIR: files the email as .eml there', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'mail-log-'));
    try {
      const mailer = mailerFromConfig({ MAIL_TRANSPORT: 'log', MAIL_OUTBOX_DIR: dir });
      // Act
      await mailer.send(message);
      // Assess
      expect(await readdir(dir)).toEqual(['push-01J.eml']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes the bare address of a named mailbox for the SMTP envelope', () => {
    // Assess
    expect(envelopeAddress('王经理 <wang@example.cn>')).toBe('wang@example.cn');
    expect(envelopeAddress(' wang@example.cn ')).toBe('wang@example.cn');
  });
});
