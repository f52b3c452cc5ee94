import type { Mailer } from './mailer.ts';
import { toRfc5322 } from './mailer.ts';

export interface SmtpMailerOptions {
  /**
   * `SMTP_URL`: `smtps://user:password@smtp.example.cn:465` (TLS from the start) or `smtp://…:587`
   * (STARTTLS when the server offers it). User and password are URL-encoded.
   */
  url: string;
  /** Refuse to send without TLS (`SMTP_REQUIRE_TLS=true`): set it for any server outside the machine. */
  requireTls?: boolean;
  /** The domain of Message-ID (as for SES), e.g. the sender's. */
  messageIdDomain?: string;
}

/** The bare address of `Name <address>` (the SMTP envelope takes addresses, the header the full mailbox). */
export const envelopeAddress = (mailbox: string): string =>
  /<([^>]+)>\s*$/.exec(mailbox)?.[1]?.trim() ?? mailbox.trim();

/**
 * Sends through any SMTP server with nodemailer's SMTP client, for regions where SES is not offered (the
 * China regions among them): the message goes out as the same RFC 5322 bytes SES and the `.eml` outbox
 * get (`toRfc5322`), so subject, List-Unsubscribe and links are identical whichever adapter is configured.
 * Only nodemailer's `smtp-connection` is loaded (on the first email; ≈ 47 KB minified, against ≈ 250 KB for
 * the whole of nodemailer, whose message composer this needs not); one connection per email, which is what
 * a push or a reminder needs.
 */
export function smtpMailer(options: SmtpMailerOptions): Mailer {
  const url = new URL(options.url);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  const secure = url.protocol === 'smtps:';
  const auth = url.username
    ? { credentials: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
    : undefined;
  return {
    async send(message) {
      const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection');
      const connection = new SMTPConnection({
        host: url.hostname,
        port: Number(url.port) || (secure ? 465 : 587),
        secure,
        requireTLS: options.requireTls ?? false,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      const raw = toRfc5322(message, options.messageIdDomain);
      await new Promise<void>((sent, failed) => {
        connection.once('error', failed);
        connection.connect(() => {
          const deliver = () =>
            connection.send(
              { from: envelopeAddress(message.from), to: [envelopeAddress(message.to)] },
              raw,
              (error) => {
                connection.quit();
                if (error) failed(error);
                else sent();
              },
            );
          if (!auth) return deliver();
          connection.login(auth, (error) => {
            if (!error) return deliver();
            connection.close();
            failed(error);
          });
        });
      });
    },
  };
}
