import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from './mailer.ts';
import { MailConfigError } from './mailer-from-config.ts';
import { mailerFromEnvironment } from './mailer-from-environment.ts';

const USER = 'mailer@openlicense.test';
const PASSWORD = 'p@ss w:rd';
const SECRET_ARN = 'arn:aws:secretsmanager:ap-east-1:123456789012:secret:openlicense/smtp-AbCdEf';

const message: MailMessage = {
  id: 'reminder-01J',
  from: '平台 <noreply@openlicense.example.cn>',
  to: '王经理 <wang@example.cn>',
  subject: '【备案提醒】许可合同备案',
  text: '正文',
  date: new Date('2026-11-23T02:00:00Z'),
};

let server: SMTPServer;
let port: number;
const received: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === USER && auth.password === PASSWORD) done(null, { user: USER });
      else done(new Error('invalid credentials'));
    },
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        done();
      });
    },
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((closed) => server.close(() => closed()));
});

const smtpUrl = () => `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`;

describe('mailerFromEnvironment (SMTP URL from a secret, as deployed)', () => {
  it('reads the SMTP URL from SMTP_SECRET_ID once and sends every email through that server', async () => {
    // Prepare
    const reads: string[] = [];
    const mailer = mailerFromEnvironment(
      { MAIL_TRANSPORT: 'smtp', SMTP_SECRET_ID: SECRET_ARN },
      {
        readSecret: async (id) => {
          reads.push(id);
          return JSON.stringify({ url: smtpUrl() });
        },
      },
    );
    const before = received.length;

    // Act
    await mailer.send(message);
    await mailer.send({ ...message, id: 'reminder-02J' });

    // Assess
    expect(reads).toEqual([SECRET_ARN]);
    expect(received.slice(before)).toHaveLength(2);
    expect(received.at(-1)).toContain('reminder-02J');
  });

  it('reports a secret that is not an SMTP URL naming the variable, and reads it again on the next email', async () => {
    // Prepare
    const values = ['https://smtp.example.cn', smtpUrl()];
    const mailer = mailerFromEnvironment(
      { MAIL_TRANSPORT: 'smtp', SMTP_SECRET_ID: SECRET_ARN },
      { readSecret: async () => values.shift() ?? '' },
    );
    const before = received.length;

    // Act / Assess
    await expect(mailer.send(message)).rejects.toThrow(MailConfigError);
    await expect(mailer.send(message)).resolves.toBeUndefined();
    expect(received.length).toBe(before + 1);
  });

  it('never reads a secret for another transport', () => {
    // Act / Assess
    expect(() =>
      mailerFromEnvironment(
        { MAIL_TRANSPORT: 'log', SMTP_SECRET_ID: SECRET_ARN },
        {
          readSecret: () => {
            throw new Error('read');
          },
        },
      ),
    ).not.toThrow();
  });
});
