import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import { type OrgType, OrgTypeSchema } from '../organisation/org-types.ts';
import { ContactSchema } from '../organisation/organisation.ts';
import { IsoDateSchema } from '../patent/iso-date.ts';
import { dateWithin, eventDateRange } from '../validation/date-range.ts';
import { cleanTextFields } from '../validation/text.ts';

/**
 * What an event is: 对接活动 (`matchmaking`, the only kind that counts toward the events-held quota) or one of
 * the 宣传培训 kinds the Hengyang 2023 guide asks parks and agencies to run on open licensing: 政策宣讲
 * (`policy_briefing`), 专家座谈 (`expert_panel`), 实操培训 (`training`). Chosen when the event is created.
 */
export const EVENT_KINDS = ['matchmaking', 'policy_briefing', 'expert_panel', 'training'] as const;
export const EventKindSchema = z.enum(EVENT_KINDS, {
  error: '活动类型应为 matchmaking、policy_briefing、expert_panel 或 training / kind is not valid',
});
export type EventKind = z.infer<typeof EventKindSchema>;

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
  matchmaking: '对接活动',
  policy_briefing: '政策宣讲',
  expert_panel: '专家座谈',
  training: '实操培训',
};

/** Whether an event of `kind` is 宣传培训 (a briefing, panel or training) rather than matchmaking. */
export const isBriefingKind = (kind: EventKind): boolean => kind !== 'matchmaking';

/**
 * The kinds of organisation a 宣传培训 event may be for, invite and take registrations from (高校院所, 企业,
 * 服务机构, 园区). A matchmaking event is for enterprises only: it invites them beside the listings on offer.
 */
export const ATTENDEE_TYPES = ['university', 'enterprise', 'agency', 'park'] as const;
export const AttendeeTypeSchema = z.enum(ATTENDEE_TYPES, {
  error: '面向机构类型应为 university、enterprise、agency 或 park / audienceTypes is not valid',
});
export type AttendeeType = z.infer<typeof AttendeeTypeSchema>;

export const ATTENDEE_TYPE_LABELS: Readonly<Record<AttendeeType, string>> = {
  university: '高校院所',
  enterprise: '企业',
  agency: '服务机构',
  park: '园区',
};

/**
 * The kinds of organisation `event` invites, takes registrations from and counts as attending: enterprises
 * for matchmaking; for a 宣传培训 event those its `audienceTypes` name, or every kind when it names none.
 */
export function attendeeTypes(event: {
  kind: EventKind;
  audienceTypes?: readonly AttendeeType[] | undefined;
}): readonly OrgType[] {
  if (!isBriefingKind(event.kind)) return ['enterprise'];
  return event.audienceTypes && event.audienceTypes.length > 0 ? event.audienceTypes : ATTENDEE_TYPES;
}

/** Refusal of an audience a matchmaking event cannot have (it is for enterprises only), on `audienceTypes`. */
export function audienceTypesIssue(input: {
  kind: EventKind;
  audienceTypes?: readonly AttendeeType[] | undefined;
}): { path: string; message: string } | undefined {
  if (isBriefingKind(input.kind) || (input.audienceTypes ?? []).every((type) => type === 'enterprise'))
    return undefined;
  return {
    path: 'audienceTypes',
    message:
      '对接活动只面向企业；面向高校院所、服务机构或园区请选择宣传培训类活动 / a matchmaking event is for enterprises only',
  };
}

/** At most this many material references on one event. */
export const EVENT_MAX_MATERIALS = 20;

/** A material handed out or shown (slides, a policy text, a manual): its name and a URL or a reference. */
export const EventMaterialSchema = z.object({
  name: z
    .string({ error: '请填写材料名称 / materials name is required' })
    .check(
      z.trim(),
      z.minLength(1, '请填写材料名称 / materials name is required'),
      z.maxLength(100, '材料名称不能超过 100 个字 / materials name must have at most 100 characters'),
    ),
  ref: z
    .string({ error: '请填写材料链接或编号 / materials ref is required' })
    .check(
      z.trim(),
      z.minLength(1, '请填写材料链接或编号 / materials ref is required'),
      z.maxLength(500, '材料链接或编号不能超过 500 个字 / materials ref must have at most 500 characters'),
    ),
});
export type EventMaterial = z.infer<typeof EventMaterialSchema>;

/** An event (对接活动 or 宣传培训): planned, then held (attendance and minutes on or after its date) or cancelled. */
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const EventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const EVENT_STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  planned: '筹备中',
  held: '已举办',
  cancelled: '已取消',
};

/** At most this many listings and enterprises are invited to one event (the item stays small). */
export const EVENT_MAX_LISTINGS = 100;
export const EVENT_MAX_ENTERPRISES = 300;
/** Minutes shorter than this say nothing a reviewer can check. */
export const MINUTES_MIN_LENGTH = 20;

const eventInputShape = {
  /** Who the event is for (高校院所、企业、服务机构…), free text. */
  audience: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(200, '面向对象不能超过 200 个字 / audience must have at most 200 characters'),
      ),
  ),
  /**
   * The kinds of organisation a 宣传培训 event is for: only they can be invited and register (every kind when
   * none is named). A matchmaking event is for enterprises only.
   */
  audienceTypes: z.optional(
    z.pipe(
      z.array(AttendeeTypeSchema, { error: '面向机构类型应为列表 / audienceTypes must be a list' }),
      z.transform((types) => [...new Set(types)]),
    ),
  ),
  materials: z.optional(
    z
      .array(EventMaterialSchema, { error: '活动材料应为列表 / materials must be a list' })
      .check(
        z.maxLength(
          EVENT_MAX_MATERIALS,
          `活动材料最多 ${EVENT_MAX_MATERIALS} 项 / at most ${EVENT_MAX_MATERIALS} materials`,
        ),
      ),
  ),
  title: z
    .string({ error: '请填写活动名称 / title is required' })
    .check(
      z.trim(),
      z.minLength(2, '活动名称至少 2 个字 / title must have at least 2 characters'),
      z.maxLength(100, '活动名称不能超过 100 个字 / title must have at most 100 characters'),
    ),
  industryChain: z
    .string({ error: '请填写主题产业链 / industryChain is required' })
    .check(
      z.trim(),
      z.minLength(1, '请填写主题产业链 / industryChain is required'),
      z.maxLength(50, '产业链名称不能超过 50 个字 / industryChain must have at most 50 characters'),
    ),
  /** At most five years ahead; how far back is the use case's rule (90 days, with the request's clock). */
  date: IsoDateSchema.check(z.superRefine(dateWithin(eventDateRange, ['活动日期', 'date']))),
  place: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(2, '举办地点至少 2 个字 / place must have at least 2 characters'),
        z.maxLength(200, '举办地点不能超过 200 个字 / place must have at most 200 characters'),
      ),
  ),
  onlineUrl: z.optional(
    z
      .url({ protocol: /^https?$/, error: '线上链接应为 http(s) 网址 / onlineUrl must be an http(s) URL' })
      .check(z.maxLength(500, '线上链接过长 / onlineUrl is too long')),
  ),
  description: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(2000, '活动简介不能超过 2000 个字 / description must have at most 2000 characters'),
      ),
  ),
};

const placeOrLink = z.refine<{ place?: string; onlineUrl?: string }>(
  (input) => input.place !== undefined || input.onlineUrl !== undefined,
  { path: ['place'], message: '请填写举办地点或线上链接 / place or onlineUrl is required' },
);

/**
 * What an agency or park fills in to announce an event: its kind (matchmaking when not given), a place, an
 * online link, or both.
 */
export const EventInputSchema = z
  .object({ ...eventInputShape, kind: z._default(EventKindSchema, 'matchmaking') })
  .check(
    placeOrLink,
    z.superRefine((input, ctx) => {
      const issue = audienceTypesIssue(input);
      if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message, input });
    }),
    z.superRefine(cleanTextFields({ multiline: ['description'] })),
  );
export type EventInput = z.infer<typeof EventInputSchema>;

/** An edit of a planned event: the same fields but its kind (fixed at creation), under the version last read. */
export const EventEditInputSchema = z
  .object({
    ...eventInputShape,
    version: z
      .int({ error: '请提供版本号 / version is required' })
      .check(z.gte(1, '版本号无效 / version is not valid')),
  })
  .check(placeOrLink, z.superRefine(cleanTextFields({ multiline: ['description'] })));
export type EventEditInput = z.infer<typeof EventEditInputSchema>;

export const InvitedListingSchema = z.object({
  /** A declaration id, or `bundle:<id>` for a bundle (as matches name them). */
  listingId: z.string().check(z.minLength(1)),
  title: z.string(),
  holderOrgIds: z.array(z.string()),
  holderName: z.string(),
});
export type InvitedListing = z.infer<typeof InvitedListingSchema>;

/** An invited organisation: an enterprise, or for a 宣传培训 event any kind its audience names. */
export const InvitedEnterpriseSchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  name: z.string(),
  /** Its kind (invitations written before briefings took other kinds were all enterprises). */
  orgType: z.optional(OrgTypeSchema),
});
export type InvitedEnterprise = z.infer<typeof InvitedEnterpriseSchema>;

export const AttendanceSchema = z.object({
  orgIds: z.array(z.string()).check(z.minLength(1)),
  /** People present, when the organiser counted them. */
  headcount: z.optional(z.int().check(z.positive())),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

export const MinutesSchema = z.object({ text: z.string(), writtenAt: z.string(), writtenBy: z.string() });
export type Minutes = z.infer<typeof MinutesSchema>;

/** An event as stored and read. */
export const MatchmakingEventSchema = z.object({
  ...eventInputShape,
  /** Events stored before kinds existed were all matchmaking events. */
  kind: z._default(EventKindSchema, 'matchmaking'),
  id: z.string().check(z.minLength(1)),
  organiserOrgId: z.string().check(z.minLength(1)),
  organiserName: z.string(),
  organiserType: OrgTypeSchema,
  status: EventStatusSchema,
  invitedListings: z.array(InvitedListingSchema),
  /** The organisations invited (enterprises; for a 宣传培训 event, of the kinds its audience names). */
  invitedEnterprises: z.array(InvitedEnterpriseSchema),
  /** Every invited organisation's id, flat, so a registration can be checked by a condition. */
  invitedOrgIds: z.array(z.string()),
  attendance: z.optional(AttendanceSchema),
  minutes: z.optional(MinutesSchema),
  heldAt: z.optional(z.string()),
  cancelledAt: z.optional(z.string()),
  cancelReason: z.optional(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  version: z.int().check(z.positive()),
});
export type MatchmakingEvent = z.infer<typeof MatchmakingEventSchema>;

const IdList = (what: string, max: number) =>
  z.pipe(
    z._default(
      z
        .array(
          z
            .string()
            .check(z.trim(), z.minLength(1, `${what}编号不能为空 / ids must not be empty`), z.maxLength(60)),
          {
            error: `${what}应为编号列表 / must be a list of ids`,
          },
        )
        .check(z.maxLength(max, `一次最多邀请 ${max} 个${what} / at most ${max} at a time`)),
      [],
    ),
    z.transform((ids) => [...new Set(ids)]),
  );

export const InvitationInputSchema = z
  .object({
    listingIds: IdList('成果', EVENT_MAX_LISTINGS),
    enterpriseOrgIds: IdList('企业', EVENT_MAX_ENTERPRISES),
    /** Organisations of any kind the event is for (enterprises for matchmaking; see `attendeeTypes`). */
    orgIds: IdList('机构', EVENT_MAX_ENTERPRISES),
  })
  .check(
    z.refine((input) => input.listingIds.length + input.enterpriseOrgIds.length + input.orgIds.length > 0, {
      path: ['enterpriseOrgIds'],
      message: '请至少邀请一项成果或一家机构 / invite at least one listing or organisation',
    }),
  );
export type InvitationInput = z.infer<typeof InvitationInputSchema>;

export const EventRegistrationInputSchema = z.object({
  contact: ContactSchema,
  attendees: z
    .int({ error: '参会人数应为整数 / attendees must be a whole number' })
    .check(
      z.gte(1, '参会人数至少 1 人 / attendees must be at least 1'),
      z.lte(50, '每家机构最多 50 人参会 / attendees must be at most 50'),
    ),
  note: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(500, '备注不能超过 500 个字 / note must have at most 500 characters')),
  ),
});
export type EventRegistrationInput = z.infer<typeof EventRegistrationInputSchema>;

/**
 * An invited organisation's registration for an event (its own act: only its members make it); registering
 * again replaces it.
 */
export const EventRegistrationSchema = z.extend(EventRegistrationInputSchema, {
  eventId: z.string().check(z.minLength(1)),
  orgId: z.string().check(z.minLength(1)),
  orgName: z.string(),
  registeredAt: z.string(),
  registeredBy: z.string(),
});
export type EventRegistration = z.infer<typeof EventRegistrationSchema>;

export const AttendanceInputSchema = z.object({
  orgIds: z.pipe(
    z
      .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(60)), {
        error: '请提供到场机构列表 / orgIds must be a list',
      })
      .check(
        z.minLength(1, '请至少记录一家到场机构 / record at least one attending organisation'),
        z.maxLength(EVENT_MAX_ENTERPRISES + EVENT_MAX_LISTINGS, '到场机构过多 / too many organisations'),
      ),
    z.transform((ids) => [...new Set(ids)]),
  ),
  headcount: z.optional(
    z
      .int({ error: '到场人数应为整数 / headcount must be a whole number' })
      .check(z.positive('到场人数应大于 0 / headcount must be positive'), z.lte(100_000)),
  ),
});
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;

export const MinutesInputSchema = z
  .object({
    text: z
      .string({ error: '请填写活动纪要 / text is required' })
      .check(
        z.trim(),
        z.minLength(
          MINUTES_MIN_LENGTH,
          `活动纪要至少 ${MINUTES_MIN_LENGTH} 个字 / text must have at least ${MINUTES_MIN_LENGTH} characters`,
        ),
        z.maxLength(10_000, '活动纪要不能超过 10000 个字 / text must have at most 10000 characters'),
      ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['text'] })));
export type MinutesInput = z.infer<typeof MinutesInputSchema>;

export const CancelEventInputSchema = z
  .object({
    reason: z
      .string({ error: '请说明取消原因 / reason is required' })
      .check(
        z.trim(),
        z.minLength(2, '请说明取消原因 / reason is required'),
        z.maxLength(500, '取消原因不能超过 500 个字 / reason must have at most 500 characters'),
      ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['reason'] })));

/** A new planned event of `organiser`. */
export function newEvent(
  input: Omit<EventInput, 'kind'> & { kind?: EventKind },
  organiser: { orgId: string; name: string; type: MatchmakingEvent['organiserType'] },
  meta: { id: string; userId: string; at: string },
): MatchmakingEvent {
  return {
    ...input,
    kind: input.kind ?? 'matchmaking',
    id: meta.id,
    organiserOrgId: organiser.orgId,
    organiserName: organiser.name,
    organiserType: organiser.type,
    status: 'planned',
    invitedListings: [],
    invitedEnterprises: [],
    invitedOrgIds: [],
    createdAt: meta.at,
    createdBy: meta.userId,
    updatedAt: meta.at,
    version: 1,
  };
}

/** Refuses a change to an event that is no longer planned (held or cancelled). */
export function assertEventPlanned(event: Pick<MatchmakingEvent, 'status'>): void {
  if (event.status !== 'planned')
    throw new DomainError(
      'event_closed',
      `活动${EVENT_STATUS_LABELS[event.status]}，不能再修改邀请、报名或取消 / the event is ${event.status}: it cannot change`,
      409,
    );
}

/**
 * Attendance and minutes are records of what happened: not before the event's date (China time). An event
 * has a date and no start time, so recording opens at 00:00 in China on that date.
 */
export function assertEventTookPlace(event: Pick<MatchmakingEvent, 'date' | 'status'>, today: string): void {
  if (event.status === 'cancelled')
    throw new DomainError('event_closed', '活动已取消 / the event was cancelled', 409);
  if (event.date > today)
    throw new DomainError(
      'event_not_yet_held',
      `活动定于 ${event.date} 举行，届时再记录到场情况和纪要 / the event is on ${event.date}: record attendance and minutes from then`,
      409,
    );
}

/** What is still missing before the event counts as held, for the screen. */
export function heldMissing(
  event: Pick<MatchmakingEvent, 'status' | 'date' | 'attendance' | 'minutes' | 'kind'>,
  today: string,
): string[] {
  if (event.status !== 'planned') return [];
  return [
    ...(event.date > today ? [`活动日期（${event.date}）未到 / the date has not come`] : []),
    ...(event.attendance
      ? []
      : isBriefingKind(event.kind)
        ? ['到场情况（至少一家主办方以外的报名机构到场）/ attendance (a registered organisation present)']
        : ['到场情况（至少一家报名企业到场）/ attendance (a registered enterprise present)']),
    ...(event.minutes ? [] : ['活动纪要 / minutes']),
  ];
}
