export interface MailConfig {
  /** `MAIL_FROM`: the sender of every email, e.g. `专利开放许可平台 <noreply@openlicense.example.cn>`. */
  mailFrom: string;
  /** `APP_URL`: the web app's address, for the links in emails. */
  appUrl: string;
}

/** The sender and the web address emails link to, with local defaults; the matcher and the scheduler share them. */
export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return {
    mailFrom: env.MAIL_FROM || '专利开放许可平台 <noreply@openlicense.local>',
    appUrl: env.APP_URL || 'http://localhost:3000',
  };
}
