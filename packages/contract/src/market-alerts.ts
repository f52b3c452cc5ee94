import { FieldAlertEntrySchema, FieldAlertInputSchema } from '@openlicense/domain/demand-signal/field-alert';
import * as z from 'zod/mini';

/**
 * A university's weekly field alerts (`/api/market/alerts`, 领域提醒): its subscription (IPC prefixes and
 * industry chains, an optional e-mail) and its latest alerts, newest first. The e-mail's unsubscribe link
 * (`GET /api/market/alerts/unsubscribe?token=…`) works without signing in.
 */

export const FieldAlertSaveSchema = FieldAlertInputSchema;

export const FieldAlertSubscriptionSchema = z.object({
  orgId: z.string(),
  ipcPrefixes: z.array(z.string()),
  industryChains: z.array(z.string()),
  email: z.optional(z.string()),
  active: z.boolean(),
  subscribedAt: z.string(),
  lastAlertAt: z.optional(z.string()),
  lastAlertWeek: z.optional(z.string()),
  updatedAt: z.string(),
});

export const FieldAlertsViewSchema = z.object({
  subscription: z.nullable(FieldAlertSubscriptionSchema),
  alerts: z.array(FieldAlertEntrySchema),
});

export const FieldAlertsUnsubscribedSchema = z.object({ unsubscribed: z.literal(true), message: z.string() });

export type FieldAlertSave = z.input<typeof FieldAlertSaveSchema>;
export type FieldAlertsView = z.output<typeof FieldAlertsViewSchema>;
export type FieldAlertEntryView = FieldAlertsView['alerts'][number];
