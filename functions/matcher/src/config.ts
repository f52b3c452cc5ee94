import { pushDedupeDaysFrom } from '@openlicense/domain';

export interface MatcherConfig {
  /** `PUSH_DEDUPE_DAYS`: the same listing is not pushed to the same enterprise again within it (default 180). */
  dedupeDays: number;
  /** `MAIL_FROM`: the sender of push emails. */
  mailFrom: string;
  /** `APP_URL`: the web app's address, for the links in emails. */
  appUrl: string;
}

/** Reads the matcher's settings; a bad `PUSH_DEDUPE_DAYS` stops the start-up. */
export function readMatcherConfig(env: NodeJS.ProcessEnv = process.env): MatcherConfig {
  return {
    dedupeDays: pushDedupeDaysFrom(env.PUSH_DEDUPE_DAYS),
    mailFrom: env.MAIL_FROM || '专利开放许可平台 <noreply@openlicense.local>',
    appUrl: env.APP_URL || 'http://localhost:3000',
  };
}
