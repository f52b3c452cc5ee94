import type { Mailer } from './mailer.ts';
import { MailConfigError, type MailTransport, mailerFromConfig } from './mailer-from-config.ts';

/** The string value of a secret, by ARN or name. */
export type SecretReader = (secretId: string) => Promise<string>;

/** Secrets Manager, in the function's region (the Lambda runtime provides the SDK client). */
export const secretsManagerReader: SecretReader = async (secretId) => {
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const { SecretString } = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: secretId }),
  );
  if (!SecretString) throw new MailConfigError('SMTP_SECRET_ID', `secret ${secretId} holds no text`);
  return SecretString;
};

/** A secret holding the SMTP URL as plain text, or as JSON `{ "url": "smtps://…" }`. */
const smtpUrlOf = (value: string): string => {
  const text = value.trim();
  if (!text.startsWith('{')) return text;
  const url = (JSON.parse(text) as { url?: unknown }).url;
  if (typeof url !== 'string')
    throw new MailConfigError('SMTP_SECRET_ID', 'the secret is JSON without a "url" string');
  return url;
};

/**
 * The mailer of a deployed function: {@link mailerFromConfig}, except that with `MAIL_TRANSPORT=smtp` and
 * `SMTP_SECRET_ID` (no `SMTP_URL`) the SMTP URL — user and password included — is read from that secret
 * on the first email and kept for the life of the instance, so the password is neither in the function's
 * environment nor in the template. A failed read is retried on the next email.
 */
export function mailerFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  options: { readSecret?: SecretReader; defaults?: { transport?: MailTransport } } = {},
): Mailer {
  const transport = (env.MAIL_TRANSPORT || options.defaults?.transport || 'ses').toLowerCase();
  const secretId = env.SMTP_SECRET_ID;
  if (transport !== 'smtp' || env.SMTP_URL || !secretId) return mailerFromConfig(env, options.defaults);
  const readSecret = options.readSecret ?? secretsManagerReader;
  let mailer: Promise<Mailer> | undefined;
  return {
    async send(message) {
      mailer ??= readSecret(secretId).then((value) =>
        mailerFromConfig({ ...env, SMTP_URL: smtpUrlOf(value) }, options.defaults),
      );
      let resolved: Mailer;
      try {
        resolved = await mailer;
      } catch (error) {
        mailer = undefined;
        throw error;
      }
      await resolved.send(message);
    },
  };
}
