import * as z from 'zod/mini';

export const NOTIFICATION_KINDS = ['filing_reminder'] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** One message in an organisation's inbox of notifications (站内通知), e.g. a filing reminder. */
export const NotificationSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  kind: NotificationKindSchema,
  /** Chinese first, then ` / ` and English. */
  title: z.string(),
  body: z.string(),
  /** The licence (or other record) it is about. */
  subjectId: z.string(),
  createdAt: z.string(),
  /** Whether an email went out too (only where a mailer is reachable and the org has an address). */
  emailed: z.boolean(),
});
export type Notification = z.infer<typeof NotificationSchema>;
