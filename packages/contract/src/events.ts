import { DealSchema } from '@openlicense/domain/deal/deal-record';
import {
  type AttendanceInputSchema,
  type EventInputSchema,
  type EventRegistrationInputSchema,
  EventRegistrationSchema,
  type InvitationInputSchema,
  MatchmakingEventSchema,
} from '@openlicense/domain/event/event';
import * as z from 'zod/mini';

/** Matchmaking events (对接活动): what `/api/events*` takes and sends. */
export const EventSummarySchema = z.extend(MatchmakingEventSchema, {
  roles: z
    .array(z.enum(['organiser', 'invited', 'listing']))
    .check(z.describe('为何可见 / why the caller sees it')),
});
export const EventSummaryListSchema = z.object({ items: z.array(EventSummarySchema) });
export const EventViewSchema = z.extend(MatchmakingEventSchema, {
  registrations: z.array(EventRegistrationSchema),
  deals: z.array(DealSchema),
  missing: z
    .array(z.string())
    .check(z.describe('计为已举办前还缺什么 / what is missing before it counts as held')),
});

/** The bare event, or (lists only) with why the caller sees it. */
export type MatchmakingEvent = z.output<typeof MatchmakingEventSchema> & {
  roles?: z.output<typeof EventSummarySchema>['roles'];
};
export type EventSummary = z.output<typeof EventSummarySchema>;
export type EventView = z.output<typeof EventViewSchema>;
export type EventInput = z.input<typeof EventInputSchema>;
export type InvitedListing = MatchmakingEvent['invitedListings'][number];
export type Registration = z.output<typeof EventRegistrationSchema>;
export type RegistrationInput = z.input<typeof EventRegistrationInputSchema>;
export type InvitationInput = z.input<typeof InvitationInputSchema>;
export type AttendanceInput = z.input<typeof AttendanceInputSchema>;
