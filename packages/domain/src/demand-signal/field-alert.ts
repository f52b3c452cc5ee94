import * as z from 'zod/mini';
import { ResearchFieldsInputSchema } from '../market/research-fields.ts';

/**
 * What a university subscribes to (领域提醒): the same fields as the 研究领域 a university declares (IPC prefixes of a
 * subclass or deeper, industry chains), at least one, and an address the weekly alert is also e-mailed to.
 */
export const FieldAlertInputSchema = z
  .extend(ResearchFieldsInputSchema, {
    email: z.optional(
      z.email({ error: '邮箱格式不正确 / email must be an e-mail address' }).check(z.maxLength(200)),
    ),
  })
  .check(
    z.refine((input) => input.ipcPrefixes.length + input.industryChains.length > 0, {
      message: '请至少选择一个IPC前缀或产业链 / choose at least one of ipcPrefixes or industryChains',
      path: ['industryChains'],
    }),
  );
export type FieldAlertInput = z.infer<typeof FieldAlertInputSchema>;

/** A university's subscription as stored: one per organisation. */
export const FieldAlertSchema = z.object({
  orgId: z.string(),
  ipcPrefixes: z.array(z.string()),
  industryChains: z.array(z.string()),
  email: z.optional(z.string()),
  /** The e-mail's unsubscribe link names this token (no sign-in). */
  unsubscribeToken: z.string(),
  /** False after unsubscribing: no alert is written or sent until the university subscribes again. */
  active: z.boolean(),
  subscribedAt: z.string(),
  /** When the last alert was sent: the next one holds needs published after it. */
  lastAlertAt: z.optional(z.string()),
  /** The ISO week (`2026-W50`) of the last alert: a rerun in the same week sends nothing. */
  lastAlertWeek: z.optional(z.string()),
  updatedAt: z.string(),
});
export type FieldAlert = z.infer<typeof FieldAlertSchema>;

/**
 * The ISO-8601 week of a date in China (UTC+8), e.g. `2026-W50`: weeks start on Monday, and week 1 holds
 * the year's first Thursday.
 *
 * @example isoWeekInChina(new Date('2026-12-07T01:00:00Z')) // '2026-W50'
 */
export function isoWeekInChina(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3_600_000);
  const day = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Monday in China (UTC+8): the day the weekly alerts go out. */
export const isMondayInChina = (at: Date): boolean =>
  new Date(at.getTime() + 8 * 3_600_000).getUTCDay() === 1;

/** A need in an alert the university may read in full (public, or otherwise visible to it). */
export const AlertedNeedSchema = z.object({
  needId: z.string(),
  title: z.string(),
  industryChains: z.array(z.string()),
  regionCode: z.string(),
  dealTypes: z.array(z.string()),
  budgetBand: z.string(),
});
export type AlertedNeed = z.infer<typeof AlertedNeedSchema>;

/** Needs it may not read, only counted: by chain, with the region and deal types asked. */
export const HiddenNeedCountSchema = z.object({
  chain: z.string(),
  regionCode: z.string(),
  dealTypes: z.array(z.string()),
  count: z.int(),
});
export type HiddenNeedCount = z.infer<typeof HiddenNeedCountSchema>;

/** One week's alert in the university's inbox. */
export const FieldAlertEntrySchema = z.object({
  orgId: z.string(),
  week: z.string(),
  createdAt: z.string(),
  needs: z.array(AlertedNeedSchema),
  hidden: z.array(HiddenNeedCountSchema),
  emailed: z.boolean(),
});
export type FieldAlertEntry = z.infer<typeof FieldAlertEntrySchema>;
