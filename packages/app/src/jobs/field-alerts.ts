import {
  type AlertedNeed,
  canReadNeed,
  DEAL_TYPE_LABELS,
  type DealType,
  type FieldAlert,
  type FieldAlertEntry,
  fieldMatch,
  type HiddenNeedCount,
  isMondayInChina,
  isoWeekInChina,
  type MarketNeedRow,
  membershipOf,
  type Org,
} from '@openlicense/domain';
import type { Store } from '@openlicense/store';
import type { JobClock } from './expire-declarations.ts';
import type { ReminderMailer } from './filing-reminders.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

type AlertStore = Pick<Store, 'orgs' | 'marketNeeds' | 'fieldAlerts'>;

/** The subscriber's view of the new needs: titles of those it may read, counts of the rest. */
export function alertContents(
  org: Org,
  rows: readonly MarketNeedRow[],
): Pick<FieldAlertEntry, 'needs' | 'hidden'> {
  const reader = {
    userId: 'field-alerts',
    email: '',
    name: org.name,
    membership: membershipOf(org, 'member'),
  };
  const needs: AlertedNeed[] = [];
  const hidden = new Map<string, HiddenNeedCount>();
  for (const row of rows) {
    if (canReadNeed(reader, row, { liveAuthorisation: false }).allow) {
      const { needId, title, industryChains, regionCode, dealTypes, budgetBand } = row;
      needs.push({ needId, title, industryChains, regionCode, dealTypes, budgetBand });
      continue;
    }
    const chain = row.industryChains[0] ?? '';
    const key = `${chain}\u0000${row.regionCode}`;
    const count = hidden.get(key) ?? { chain, regionCode: row.regionCode, dealTypes: [], count: 0 };
    count.count++;
    count.dealTypes = [...new Set([...count.dealTypes, ...row.dealTypes])];
    hidden.set(key, count);
  }
  return { needs, hidden: [...hidden.values()] };
}

/** The weekly e-mail: the needs it may read, the hidden ones as counts, the alert page and the unsubscribe link. */
export function alertEmailText(entry: FieldAlertEntry, appUrl: string, token: string): string {
  const base = appUrl.replace(/\/+$/, '');
  const deals = (types: readonly string[]) =>
    types.map((t) => DEAL_TYPE_LABELS[t as DealType] ?? t).join('、');
  const lines = [
    `本周（${entry.week}）有 ${entry.needs.length + entry.hidden.reduce((n, h) => n + h.count, 0)} 条新的技术需求与贵单位订阅的领域相关：`,
    '',
    ...entry.needs.map(
      (n) => `· ${n.title}（${n.industryChains.join('、') || '未标注产业链'}；${deals(n.dealTypes)}）`,
    ),
    ...entry.hidden.map(
      (h) =>
        `· ${h.count} 条非公开需求（${h.chain || '未标注产业链'}，行政区划 ${h.regionCode}；${deals(h.dealTypes)}）`,
    ),
    '',
    `查看 / view: ${base}/#/market-alerts`,
    `退订领域提醒 / unsubscribe: ${base}/#/alerts-unsubscribe?token=${encodeURIComponent(token)}`,
    '',
    '—— 专利开放许可供需对接平台',
  ];
  return lines.join('\n');
}

/**
 * Weekly (Mondays, China time; the nightly schedule runs it every day and it waits for Monday): each
 * active subscriber gets the live needs under its fields first seen since its last alert (or since it
 * subscribed) — in its inbox and, when it gave an address, by e-mail. Needs it may not read are counted,
 * never named. The week's alert is recorded in the same write that moves the subscription, so a rerun in
 * the same week sends nothing; a week without new needs sends nothing either.
 */
export const fieldAlerts = (
  store: AlertStore,
  clock: Pick<JobClock, 'now'>,
  mail?: ReminderMailer,
): ScheduledJob => ({
  name: 'field-alerts',
  async run() {
    const now = clock.now();
    if (!isMondayInChina(now)) return 'field alerts: not Monday in China, nothing to send';
    const week = isoWeekInChina(now);
    const subscriptions = (await store.fieldAlerts.listActive()).filter((a) => a.lastAlertWeek !== week);
    if (subscriptions.length === 0) return `field alerts: no subscriber awaits ${week}`;
    const { rows } = await store.marketNeeds.list();
    let sent = 0;
    let emailed = 0;
    for (const alert of subscriptions) {
      const org = await store.orgs.get(alert.orgId);
      if (!org) continue;
      const since = sinceOf(alert);
      const fresh = rows.filter((row) => row.firstSeenLiveAt > since && fieldMatch(row, alert) !== undefined);
      if (fresh.length === 0) continue;
      const entry: FieldAlertEntry = {
        orgId: alert.orgId,
        week,
        createdAt: now.toISOString(),
        ...alertContents(org, fresh),
        emailed: false,
      };
      if (!(await store.fieldAlerts.record(alert, entry))) continue;
      sent++;
      if (mail?.appUrl !== undefined && alert.email) {
        try {
          await mail.mailer.send({
            id: `field-alert-${alert.orgId}-${week}`,
            from: mail.from,
            to: alert.email,
            subject: `领域需求周报 ${week} / weekly field alert`,
            text: alertEmailText(entry, mail.appUrl, alert.unsubscribeToken),
            date: now,
          });
          await store.fieldAlerts.markEmailed(alert.orgId, week);
          emailed++;
        } catch {
          // The inbox has it; the e-mail is best effort.
        }
      }
    }
    return `field alerts ${week}: ${sent} sent (${emailed} by email) of ${subscriptions.length} subscribers`;
  },
});

const sinceOf = (alert: FieldAlert) =>
  alert.lastAlertAt && alert.lastAlertAt > alert.subscribedAt ? alert.lastAlertAt : alert.subscribedAt;
