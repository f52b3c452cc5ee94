import { pushDedupeDaysFrom } from '@openlicense/domain';
import { type MailConfig, readMailConfig } from '@openlicense/mail';

export interface MatcherConfig extends MailConfig {
  /** `PUSH_DEDUPE_DAYS`: the same listing is not pushed to the same enterprise again within it (default 180). */
  dedupeDays: number;
}

/** Reads the matcher's settings (the sender and web address of push emails too); a bad `PUSH_DEDUPE_DAYS` stops the start-up. */
export function readMatcherConfig(env: NodeJS.ProcessEnv = process.env): MatcherConfig {
  return { dedupeDays: pushDedupeDaysFrom(env.PUSH_DEDUPE_DAYS), ...readMailConfig(env) };
}
