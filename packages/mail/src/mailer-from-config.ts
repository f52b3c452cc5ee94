import type { Mailer } from './mailer.ts';
import { outboxMailer } from './outbox-mailer.ts';
import { sesMailer } from './ses-mailer.ts';
import { smtpMailer } from './smtp-mailer.ts';

export const MAIL_TRANSPORTS = ['ses', 'smtp', 'log'] as const;
export type MailTransport = (typeof MAIL_TRANSPORTS)[number];

/** Raised at start-up for a mail configuration that cannot send, naming the variable to fix. */
export class MailConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'MailConfigError';
  }
}

/**
 * The mailer the configuration asks for, chosen once at start-up:
 *
 * - `MAIL_TRANSPORT=ses` (the default in AWS): Amazon SES v2, in the function's region.
 * - `MAIL_TRANSPORT=smtp`: any SMTP server at `SMTP_URL` (`smtps://user:password@host:465`), for regions
 *   without SES such as the China regions; `SMTP_REQUIRE_TLS=true` refuses a connection without TLS.
 * - `MAIL_TRANSPORT=log`: no email leaves; each is filed as `.eml` in `MAIL_OUTBOX_DIR` when set, else a
 *   line (id, recipient, subject) goes to `log` — for a stack with no mail service yet.
 */
export function mailerFromConfig(
  env: NodeJS.ProcessEnv = process.env,
  defaults: { transport?: MailTransport; log?: (line: string) => void } = {},
): Mailer {
  const transport = (env.MAIL_TRANSPORT || defaults.transport || 'ses').toLowerCase();
  switch (transport) {
    case 'ses':
      return sesMailer(env.SES_CONFIGURATION_SET ? { configurationSetName: env.SES_CONFIGURATION_SET } : {});
    case 'smtp': {
      if (!env.SMTP_URL)
        throw new MailConfigError(
          'SMTP_URL',
          'MAIL_TRANSPORT=smtp needs the server, e.g. smtps://user:password@smtp.example.cn:465',
        );
      try {
        return smtpMailer({ url: env.SMTP_URL, requireTls: env.SMTP_REQUIRE_TLS === 'true' });
      } catch (error) {
        throw new MailConfigError('SMTP_URL', error instanceof Error ? error.message : String(error));
      }
    }
    case 'log': {
      if (env.MAIL_OUTBOX_DIR) return outboxMailer(env.MAIL_OUTBOX_DIR);
      const log = defaults.log ?? ((line: string) => console.info(line));
      return {
        async send(message) {
          log(`mail not sent (MAIL_TRANSPORT=log): ${message.id} to ${message.to}: ${message.subject}`);
        },
      };
    }
    default:
      throw new MailConfigError(
        'MAIL_TRANSPORT',
        `"${transport}" is not one of ${MAIL_TRANSPORTS.join(', ')}`,
      );
  }
}
