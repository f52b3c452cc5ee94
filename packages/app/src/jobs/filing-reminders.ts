import {
  addDays,
  isoDateInChina,
  type Notification,
  type OpenLicence,
  reminderDue,
} from '@openlicense/domain';
import type { Mailer } from '@openlicense/mail';
import type { Store } from '@openlicense/store';
import type { JobClock } from './expire-declarations.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

/** Where reminders are emailed (SES in AWS, `.eml` files locally); without it they go to the inbox only. */
export interface ReminderMailer {
  mailer: Mailer;
  /** Sender, e.g. `专利开放许可平台 <noreply@openlicense.local>` (`MAIL_FROM`). */
  from: string;
  /** The web app's address (`APP_URL`): the email links to the licences page, where the filing is recorded. */
  appUrl?: string;
}

/** The email's text: the reminder, and where to record the filing when the web address is known. */
export function reminderEmailText(body: string, appUrl?: string): string {
  if (!appUrl) return body;
  const licences = `${appUrl.replace(/\/+$/, '')}/#/licences`;
  return `${body}\n\n登记备案号 / record the filing number:\n${licences}\n\n—— 专利开放许可供需对接平台`;
}

/** The reminder's text: the licence, the deadline, and what to file (Regs Art 87). */
export function reminderText(licence: OpenLicence, days: number): { title: string; body: string } {
  const deadline = licence.filing?.deadline ?? '';
  const patents = licence.offer.patentNumbers.map((n) => `ZL${n}`).join('、');
  return {
    title: `开放许可备案提醒：距截止日还有 ${days} 天 / filing reminder: ${days} days left`,
    body:
      `贵单位取得的「${licence.offer.title}」（${patents}）开放许可于 ${licence.effectiveDate ?? ''} 生效，` +
      `应于 ${deadline} 前向国家知识产权局办理备案（许可编号 ${licence.id}），备案时提交书面通知和付款凭证。` +
      `备案后请在平台登记备案号。/ The open licence ${licence.id} took effect on ${licence.effectiveDate ?? ''}; ` +
      `file it with CNIPA by ${deadline} with the written notice and proof of payment, then record the filing number here.`,
  };
}

/**
 * Daily: for every effective licence not filed whose deadline is within 30 days, the reminder due today
 * (30, then 7 days before the deadline; a missed day is caught up once) goes to the licensee's inbox and,
 * where a mailer is reachable, by email to the contact who signed the notice. The reminder is recorded on
 * the licence in the same write as the notification, so running the job again sends nothing twice.
 */
export const filingReminders = (store: Store, clock: JobClock, mail?: ReminderMailer): ScheduledJob => ({
  name: 'filing-reminders',
  async run() {
    const now = clock.now();
    const today = isoDateInChina(now);
    const due = await store.licences.filingDueBy(addDays(today, 30));
    let sent = 0;
    let emailed = 0;
    for (const licence of due) {
      if (!licence.filing) continue;
      const days = reminderDue(licence.filing, today);
      if (days === undefined) continue;
      const { title, body } = reminderText(licence, days);
      const notification: Notification = {
        id: clock.newId(),
        orgId: licence.licensee.orgId,
        kind: 'filing_reminder',
        title,
        body,
        subjectId: licence.id,
        createdAt: now.toISOString(),
        emailed: false,
      };
      if (!(await store.licences.remind(licence, days, notification))) continue;
      sent++;
      if (mail && licence.contact.email) {
        try {
          await mail.mailer.send({
            id: `filing-${licence.id}-${days}`,
            from: mail.from,
            to: `${licence.contact.name} <${licence.contact.email}>`,
            subject: title,
            text: reminderEmailText(body, mail.appUrl),
            date: now,
          });
          await store.licences.markEmailed(notification);
          emailed++;
        } catch {
          // The inbox has it; the email is best effort.
        }
      }
    }
    return `filing reminders: ${sent} sent (${emailed} by email) of ${due.length} licences due within 30 days`;
  },
});
