import {
  cancelEvent,
  createEvent,
  editEvent,
  eventParties,
  eventView,
  invite,
  listEvents,
  loadEvent,
  recordAttendance,
  register,
  writeMinutes,
} from '@openlicense/app';
import { EventSummaryListSchema, EventViewSchema } from '@openlicense/contract';
import {
  AttendanceInputSchema,
  attendeeTypes,
  CancelEventInputSchema,
  EventEditInputSchema,
  EventInputSchema,
  EventRegistrationInputSchema,
  EventRegistrationSchema,
  InvitationInputSchema,
  MatchmakingEventSchema,
  MinutesInputSchema,
} from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  COMMON_ERRORS,
  defineRoute,
  guard,
  IdempotencyHeaderSchema,
  IdParamSchema,
  YearQuerySchema,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['对接活动 Matchmaking events'];

const CLOSED = { 409: { description: 'event_closed（已举办或已取消）、event_not_yet_held、stale_version' } };
const INVALID = { 422: { description: '输入有误（指明字段）/ invalid input, naming the field' } };

const create = defineRoute({
  method: 'post',
  path: '/events',
  tags,
  summary:
    '创建活动（服务机构/园区）：类型（对接活动，或宣传培训：政策宣讲、专家座谈、实操培训；默认对接活动）、主题产业链、' +
    '日期、地点或线上链接、面向对象、材料 / create an event (agency or park): its kind (matchmaking by default, or a ' +
    'briefing, panel or training), chain, date, place or link, audience, materials',
  request: { headers: IdempotencyHeaderSchema, body: EventInputSchema },
  responses: {
    201: { description: '已创建 / created', schema: MatchmakingEventSchema },
    ...COMMON_ERRORS,
    ...INVALID,
  },
});
const list = defineRoute({
  method: 'get',
  path: '/events',
  tags,
  summary:
    '某年本机构举办或受邀的活动（按日期，最新在前）；知识产权局看全部 / the year’s events the caller organises or is ' +
    'invited to; the IP office sees all',
  request: {
    query: z.object({
      year: YearQuerySchema.shape.year,
    }),
  },
  responses: {
    200: { description: '活动 / events', schema: EventSummaryListSchema },
    ...COMMON_ERRORS,
  },
});
const read = defineRoute({
  method: 'get',
  path: '/events/{id}',
  tags,
  summary:
    '活动详情：邀请、报名、到场、纪要及由此产生的交易 / one event with registrations, records and its deals',
  request: { params: IdParamSchema },
  responses: { 200: { description: '活动 / event', schema: EventViewSchema }, ...COMMON_ERRORS },
});
const edit = defineRoute({
  method: 'put',
  path: '/events/{id}',
  tags,
  summary:
    '修改筹备中的活动（名称、产业链、日期、地点、链接、简介；乐观锁）/ edit a planned event (optimistic locking)',
  request: { params: IdParamSchema, body: EventEditInputSchema },
  responses: {
    200: { description: '已修改 / edited', schema: MatchmakingEventSchema },
    ...COMMON_ERRORS,
    409: { description: 'stale_version、event_closed、event_records_exist（已有记录，不能改期）' },
    ...INVALID,
  },
});
const invitations = defineRoute({
  method: 'post',
  path: '/events/{id}/invitations',
  tags,
  summary:
    '邀请成果（已公告的声明或专利包，仅对接活动）和机构（对接活动只邀请企业；宣传培训邀请其面向对象类型的机构，' +
    'orgIds）/ invite published listings (matchmaking only) and approved organisations (enterprises for ' +
    'matchmaking; for a briefing, panel or training the kinds its audienceTypes name)',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: InvitationInputSchema },
  responses: {
    200: { description: '已邀请 / invited', schema: MatchmakingEventSchema },
    ...COMMON_ERRORS,
    ...CLOSED,
    ...INVALID,
  },
});
const registrations = defineRoute({
  method: 'post',
  path: '/events/{id}/registrations',
  tags,
  summary:
    '受邀机构为本机构报名（联系人、参会人数；再次报名即更新；对接活动仅限企业）/ an invited organisation registers ' +
    'itself (again: updates; enterprises only for matchmaking)',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: EventRegistrationInputSchema },
  responses: {
    201: { description: '已报名 / registered', schema: EventRegistrationSchema },
    ...COMMON_ERRORS,
    ...CLOSED,
  },
});
const attendance = defineRoute({
  method: 'post',
  path: '/events/{id}/attendance',
  tags,
  summary:
    '记录到场机构（活动日期当天或之后，从报名机构中选择，至少一家主办方以外的机构到场，对接活动须为企业）；与纪要齐备即为已举办并计入考核 / ' +
    'record attendance on or after the date, chosen among the registrations with at least one organisation other ' +
    'than the organiser (an enterprise for matchmaking); with the minutes the event is held and counts',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: AttendanceInputSchema },
  responses: {
    200: { description: '已记录 / recorded', schema: MatchmakingEventSchema },
    ...COMMON_ERRORS,
    ...CLOSED,
    422: {
      description:
        'no_enterprise_attended（对接活动无报名企业到场）、no_organisation_attended（宣传培训无报名机构到场）、' +
        'not_registered（未报名，指明 orgIds.<i>）/ naming the field',
    },
  },
});
const minutes = defineRoute({
  method: 'post',
  path: '/events/{id}/minutes',
  tags,
  summary:
    '记录活动纪要（至少 20 字）；与到场情况齐备即为已举办 / write the minutes; with attendance the event is held',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: MinutesInputSchema },
  responses: {
    200: { description: '已记录 / recorded', schema: MatchmakingEventSchema },
    ...COMMON_ERRORS,
    ...CLOSED,
  },
});
const cancel = defineRoute({
  method: 'post',
  path: '/events/{id}/cancel',
  tags,
  summary: '取消筹备中的活动（说明原因）/ cancel a planned event, with a reason',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: CancelEventInputSchema },
  responses: {
    200: { description: '已取消 / cancelled', schema: MatchmakingEventSchema },
    ...COMMON_ERRORS,
    ...CLOSED,
  },
});

export const eventRoutes = (router: ApiRouter) => {
  /** Loads the event for its organiser: others who see it get 403/404 as the policy says. */
  const organised = async (c: Parameters<Parameters<typeof router.route>[1]>[0], id: string) => {
    guard(c, 'event.organise');
    const event = await loadEvent(c.get('deps'), id);
    guard(c, 'event.read', { parties: eventParties(event) });
    const principal = guard(c, 'event.organise', { ownerOrgId: event.organiserOrgId });
    return { event, principal };
  };
  return router
    .route(create, async (c, { body }) => {
      const principal = guard(c, 'event.organise');
      return c.json(await createEvent(c.get('deps'), principal, body), 201);
    })
    .route(list, async (c, { query: { year } }) => {
      const principal = guard(c, 'event.list');
      return c.json(await listEvents(c.get('deps'), principal, year));
    })
    .route(read, async (c, { params: { id } }) => {
      guard(c, 'event.list');
      const event = await loadEvent(c.get('deps'), id);
      const principal = guard(c, 'event.read', { parties: eventParties(event) });
      return c.json(await eventView(c.get('deps'), principal, event));
    })
    .route(edit, async (c, { params: { id }, body }) => {
      const { event, principal } = await organised(c, id);
      return c.json(await editEvent(c.get('deps'), principal, event, body));
    })
    .route(invitations, async (c, { params: { id }, body }) => {
      const { event, principal } = await organised(c, id);
      return c.json(await invite(c.get('deps'), principal, event, body));
    })
    .route(registrations, async (c, { params: { id }, body }) => {
      guard(c, 'event.list');
      const event = await loadEvent(c.get('deps'), id);
      guard(c, 'event.read', { parties: eventParties(event) });
      const principal = guard(c, 'event.register', {
        parties: event.invitedOrgIds,
        attendeeTypes: attendeeTypes(event),
      });
      return c.json(await register(c.get('deps'), principal, event, body), 201);
    })
    .route(attendance, async (c, { params: { id }, body }) => {
      const { event, principal } = await organised(c, id);
      return c.json(await recordAttendance(c.get('deps'), principal, event, body));
    })
    .route(minutes, async (c, { params: { id }, body }) => {
      const { event, principal } = await organised(c, id);
      return c.json(await writeMinutes(c.get('deps'), principal, event, body));
    })
    .route(cancel, async (c, { params: { id }, body }) => {
      const { event, principal } = await organised(c, id);
      return c.json(await cancelEvent(c.get('deps'), principal, event, body.reason));
    });
};
