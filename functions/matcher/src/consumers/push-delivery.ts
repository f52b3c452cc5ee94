import type { Mailer } from '@openlicense/mail';
import type { Metrics } from '@openlicense/observability';
import { pushEmail } from '../mail/push-email.ts';
import type { Log } from '../match-index/match-state.ts';
import type { MatcherStore } from '../ports.ts';
import type { StreamConsumer } from '../stream-handler.ts';

export interface PushDeliveryDeps {
  store: Pick<MatcherStore, 'pushes' | 'pushPreferences' | 'orgs'>;
  mailer: Mailer;
  /** Sender address, e.g. `专利开放许可平台 <noreply@openlicense.example.cn>` (`MAIL_FROM`). */
  mailFrom: string;
  /**
   * The web app's address (`APP_URL`): the email links to the inbox and to the unsubscribe page. A function
   * when it is known only later (a local server on a free port).
   */
  appUrl: string | (() => string);
  now: () => Date;
  log?: Log;
  /** Counts `PushesDelivered` (into the inbox, whether or not it is emailed). */
  metrics?: Metrics;
}

/**
 * Delivers each push once it is approved: into the enterprise's inbox (the store refuses, marking it
 * undeliverable, if the enterprise unsubscribed meanwhile), then by email to the enterprise's contact unless
 * it turned email off. A redelivered record finds the push delivered and composes the same email again
 * (same id, same `.eml` file locally).
 */
export function pushDeliveryConsumer({
  store,
  mailer,
  mailFrom,
  appUrl,
  now,
  log,
  metrics,
}: PushDeliveryDeps): StreamConsumer {
  return {
    name: 'push-delivery',
    wants: (record) =>
      record.entity === 'Push' &&
      record.newImage?.status === 'approved' &&
      record.oldImage?.status !== 'approved',
    async apply(record) {
      const push = await store.pushes.deliver(String(record.newImage?.id), now());
      if (push.status !== 'delivered') return;
      metrics?.addMetric('PushesDelivered', 'Count', 1);
      const preferences = await store.pushPreferences.get(push.enterpriseOrgId);
      if (!preferences.email || preferences.unsubscribed) return;
      const to = (await store.orgs.get(push.enterpriseOrgId))?.contact.email;
      if (!to) {
        log?.({ level: 'info', msg: 'push not emailed: the enterprise has no contact email', push: push.id });
        return;
      }
      await mailer.send(
        pushEmail(push, {
          from: mailFrom,
          to,
          appUrl: typeof appUrl === 'string' ? appUrl : appUrl(),
          unsubscribeToken: preferences.unsubscribeToken,
        }),
      );
    },
  };
}
