import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  AttendanceInputSchema,
  assertEventPlanned,
  assertEventTookPlace,
  attendeeTypes,
  EventEditInputSchema,
  EventInputSchema,
  heldMissing,
  InvitationInputSchema,
  MatchmakingEventSchema,
  MinutesInputSchema,
  newEvent,
} from './event.ts';

const input = {
  title: '新能源电池产业链专利对接会',
  industryChain: '先进储能材料',
  date: '2026-11-20',
  place: '长沙市岳麓区麓谷企业广场',
};
const planned = newEvent(
  EventInputSchema.parse(input),
  { orgId: 'AG', name: '湘江知识产权服务中心', type: 'agency' },
  { id: 'E1', userId: 'U1', at: '2026-11-01T02:00:00.000Z' },
);
const attendance = { orgIds: ['ENT'], recordedAt: 'x', recordedBy: 'U1' };
const minutes = {
  text: '三家企业与中南大学就高镍正极材料许可进行了洽谈，两家表示有意向。',
  writtenAt: 'x',
  writtenBy: 'U1',
};

describe('matchmaking event', () => {
  it('needs a place or an online link, named on the place field', () => {
    const { place: _place, ...noPlace } = input;
    const result = EventInputSchema.safeParse(noPlace);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['place']);
    expect(
      EventInputSchema.safeParse({ ...noPlace, onlineUrl: 'https://meeting.example.cn/123' }).success,
    ).toBe(true);
    expect(EventInputSchema.safeParse({ ...noPlace, onlineUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('starts planned with nobody invited', () => {
    expect(planned).toMatchObject({ status: 'planned', invitedOrgIds: [], version: 1, organiserOrgId: 'AG' });
  });

  it('lists what is still missing before the event counts as held', () => {
    expect(heldMissing({ ...planned, attendance }, '2026-11-23')).toEqual(['活动纪要 / minutes']);
    expect(heldMissing({ ...planned, attendance, minutes }, '2026-11-19')).toHaveLength(1);
  });

  it('refuses attendance before the date and changes once closed, with a 409', () => {
    expect(() => assertEventTookPlace(planned, '2026-11-19')).toThrow(/2026-11-20/);
    expect(() => assertEventTookPlace(planned, '2026-11-20')).not.toThrow();
    try {
      assertEventPlanned({ status: 'held' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(409);
    }
  });

  it('asks for minutes of at least 20 characters and at least one attendee', () => {
    expect(MinutesInputSchema.safeParse({ text: '开得不错' }).success).toBe(false);
    expect(MinutesInputSchema.safeParse({ text: minutes.text }).success).toBe(true);
    expect(AttendanceInputSchema.safeParse({ orgIds: [] }).success).toBe(false);
    expect(AttendanceInputSchema.parse({ orgIds: ['A', 'A', 'B'] }).orgIds).toEqual(['A', 'B']);
  });

  it('invites at least one listing or enterprise', () => {
    expect(InvitationInputSchema.safeParse({}).success).toBe(false);
    expect(InvitationInputSchema.parse({ enterpriseOrgIds: ['E', 'E'] })).toEqual({
      listingIds: [],
      enterpriseOrgIds: ['E'],
      orgIds: [],
    });
    expect(InvitationInputSchema.parse({ orgIds: ['U', 'U'] }).orgIds).toEqual(['U']);
  });
});

describe('event kinds', () => {
  it('an event stored before kinds existed reads as matchmaking; a new one keeps the kind chosen', () => {
    const { kind: _kind, ...stored } = planned;
    expect(MatchmakingEventSchema.parse(stored).kind).toBe('matchmaking');
    expect(EventInputSchema.parse(input).kind).toBe('matchmaking');
    const briefing = EventInputSchema.parse({
      ...input,
      kind: 'policy_briefing',
      audience: '高校院所、企业',
      materials: [{ name: '开放许可政策解读', ref: '湘知发〔2023〕12 号' }],
    });
    expect(
      newEvent(briefing, { orgId: 'AG', name: 'x', type: 'agency' }, { id: 'E2', userId: 'U1', at: 'x' }),
    ).toMatchObject({ kind: 'policy_briefing', audience: '高校院所、企业', materials: briefing.materials });
  });

  it('refuses an unknown kind and a material without a name, naming the field', () => {
    const kind = EventInputSchema.safeParse({ ...input, kind: 'banquet' });
    expect(kind.error?.issues[0]?.path).toEqual(['kind']);
    const material = EventInputSchema.safeParse({ ...input, materials: [{ name: ' ', ref: 'x' }] });
    expect(material.error?.issues[0]?.path).toEqual(['materials', 0, 'name']);
  });

  it('a briefing names the kinds of organisation it is for; matchmaking is for enterprises only', () => {
    const briefing = EventInputSchema.parse({
      ...input,
      kind: 'policy_briefing',
      audienceTypes: ['university', 'agency', 'university'],
    });
    expect(briefing.audienceTypes).toEqual(['university', 'agency']);
    expect(attendeeTypes(briefing)).toEqual(['university', 'agency']);
    expect(attendeeTypes({ kind: 'expert_panel' })).toEqual(['university', 'enterprise', 'agency', 'park']);
    expect(attendeeTypes({ kind: 'matchmaking', audienceTypes: ['university'] })).toEqual(['enterprise']);
    const matchmaking = EventInputSchema.safeParse({ ...input, audienceTypes: ['university'] });
    expect(matchmaking.error?.issues[0]?.path).toEqual(['audienceTypes']);
    expect(EventInputSchema.safeParse({ ...input, audienceTypes: ['enterprise'] }).success).toBe(true);
    const office = EventInputSchema.safeParse({ ...input, kind: 'training', audienceTypes: ['ip_office'] });
    expect(office.error?.issues[0]?.path).toEqual(['audienceTypes', 0]);
  });

  it('an edit carries no kind: the kind is fixed at creation', () => {
    const edit = EventEditInputSchema.parse({ ...input, kind: 'training', version: 1 });
    expect('kind' in edit).toBe(false);
  });
});
