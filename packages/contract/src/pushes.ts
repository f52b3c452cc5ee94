import type { FeedbackInputSchema } from '@openlicense/domain/push/feedback';
import type { MatchExplanationSchema } from '@openlicense/domain/push/match-record';
import {
  PushPreferencesInputSchema,
  PushPreferencesSchema,
  PushSettingsInputSchema,
  type PushSettingsSchema,
} from '@openlicense/domain/push/preferences';
import type { ApproveInputSchema, RejectInputSchema } from '@openlicense/domain/push/proposal';
import { QueuedProposalSchema } from '@openlicense/domain/push/proposal-queue';
import { PushSchema } from '@openlicense/domain/push/push';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/**
 * Precise push (精准推送): what `/api/pushes*`, `/api/proposals*`, `/api/push-settings`, `/api/inbox*` and
 * `/api/push-preferences*` take and send. The push, proposal and settings records are the domain's own.
 */

/** A broker's pushes of a year: the quota's evidence. */
export const PushPageSchema = pageOf(PushSchema);
export const PushSummarySchema = z.object({
  year: z.int(),
  byMonth: z.array(z.object({ month: z.string(), delivered: z.int() })),
  counted: z.int().check(z.describe('计入配额的推送（不同成果×企业）/ counted toward the quota')),
  delivered: z.int(),
  read: z.int(),
  readRate: z.number(),
  feedback: z.record(z.string(), z.int()),
  feedbackRate: z.number(),
});
/** The broker's queue, best first; a full weekly cap is marked with the day it frees up. */
export const ProposalPageSchema = pageOf(QueuedProposalSchema);
/** The enterprise's pushes, newest first, and how many it has not read. */
export const InboxPageSchema = z.object({
  items: z.array(PushSchema),
  unread: z.int(),
  nextCursor: z.optional(z.string()),
});
/** An enterprise's preferences as it reads them: never the unsubscribe link's secret. */
export const PushPreferencesViewSchema = z.omit(PushPreferencesSchema, { unsubscribeToken: true });
const VersionSchema = z.object({
  version: z
    .int({ error: '请提供版本号 / version is required' })
    .check(z.gte(0, '版本号无效 / version is not valid')),
});
/** Settings and preferences are saved with the version read (optimistic locking). */
export const PushSettingsSaveSchema = z.intersection(PushSettingsInputSchema, VersionSchema);
export const PushPreferencesSaveSchema = z.intersection(PushPreferencesInputSchema, VersionSchema);
export const UnsubscribedSchema = z.object({
  unsubscribed: z.literal(true),
  enterpriseName: z.string(),
  message: z.string(),
});

export type Push = z.output<typeof PushSchema>;
export type PushFeedback = NonNullable<Push['feedback']>;
export type MatchExplanation = z.output<typeof MatchExplanationSchema>;
export type SignalExplanation = MatchExplanation['signals'][number];
export type ListingKind = Push['listingKind'];
/** A proposal as the broker's queue lists it (with `pushableFrom` when the weekly cap is full). */
export type Proposal = z.output<typeof QueuedProposalSchema>;
export type ProposalPage = z.output<typeof ProposalPageSchema>;
export type PushPage = z.output<typeof PushPageSchema>;
export type PushSummary = z.output<typeof PushSummarySchema>;
export type InboxPage = z.output<typeof InboxPageSchema>;
export type PushSettings = z.output<typeof PushSettingsSchema>;
export type PushPreferences = z.output<typeof PushPreferencesViewSchema>;
export type PushSettingsSave = z.input<typeof PushSettingsSaveSchema>;
export type PushPreferencesSave = z.input<typeof PushPreferencesSaveSchema>;
export type Unsubscribed = z.output<typeof UnsubscribedSchema>;
export type ApproveInput = z.input<typeof ApproveInputSchema>;
export type RejectInput = z.input<typeof RejectInputSchema>;
export type FeedbackInput = z.input<typeof FeedbackInputSchema>;
