import { describe, expect, it } from 'vitest';
import { EventInputSchema, newEvent } from './event.ts';
import { attendanceRefusals, type HeldFacts, heldRefusals, isEventHeld } from './held-rule.ts';

const planned = newEvent(
  EventInputSchema.parse({
    title: '新能源电池产业链专利对接会',
    industryChain: '先进储能材料',
    date: '2026-11-20',
    place: '长沙市岳麓区麓谷企业广场',
  }),
  { orgId: 'AG', name: '湘江知识产权服务中心', type: 'agency' },
  { id: 'E1', userId: 'U1', at: '2026-11-01T02:00:00.000Z' },
);
const attendance = (orgIds: string[]) => ({ orgIds, recordedAt: 'x', recordedBy: 'U1' });
const minutes = {
  text: '三家企业与中南大学就高镍正极材料许可进行了洽谈，两家表示有意向。',
  writtenAt: 'x',
  writtenBy: 'U1',
};
const base: HeldFacts = {
  event: { ...planned, attendance: attendance(['ENT']), minutes },
  today: '2026-11-20',
  organiserOrgId: 'AG',
  eventKind: 'matchmaking',
  registeredOrgIds: ['ENT', 'ENT2'],
  orgTypes: { ENT: 'enterprise', ENT2: 'enterprise', UNI: 'university', AG: 'agency', PK: 'park' },
  orgNames: {},
};
const codes = (facts: HeldFacts) => heldRefusals(facts).map((r) => `${r.code}@${r.path}`);

describe('the held rule of a matchmaking event', () => {
  it.each<[string, Partial<HeldFacts> & { event?: HeldFacts['event'] }, string[]]>([
    ['is held on its date with a registered enterprise present and minutes', {}, []],
    ['is held after its date too', { today: '2026-12-01' }, []],
    ['is refused the day before its date', { today: '2026-11-19' }, ['event_not_yet_held@date']],
    [
      'is refused with no attendance recorded',
      { event: { ...planned, minutes } },
      ['attendance_missing@orgIds'],
    ],
    [
      'is refused when only a university (a listing holder, not registered) attended',
      { event: { ...planned, attendance: attendance(['UNI']), minutes } },
      ['not_registered@orgIds.0', 'no_enterprise_attended@orgIds'],
    ],
    [
      'is refused when only a registered university attended: matchmaking needs an enterprise',
      {
        event: { ...planned, attendance: attendance(['UNI']), minutes },
        registeredOrgIds: ['ENT', 'UNI'],
      },
      ['no_enterprise_attended@orgIds'],
    ],
    [
      'is refused when only the organiser attended, even had it registered',
      {
        event: { ...planned, attendance: attendance(['AG']), minutes },
        registeredOrgIds: ['AG'],
      },
      ['no_enterprise_attended@orgIds'],
    ],
    [
      'is refused when an attendee did not register, even with a registered enterprise present',
      { event: { ...planned, attendance: attendance(['ENT', 'ENT3']), minutes } },
      ['not_registered@orgIds.1'],
    ],
    [
      'is refused without minutes',
      { event: { ...planned, attendance: attendance(['ENT']) } },
      ['minutes_missing@text'],
    ],
    [
      'is refused with minutes of blanks only',
      {
        event: { ...planned, attendance: attendance(['ENT']), minutes: { ...minutes, text: ' '.repeat(30) } },
      },
      ['minutes_missing@text'],
    ],
    [
      'names every rule a bare event breaks before its date',
      { event: planned, today: '2026-11-01' },
      ['event_not_yet_held@date', 'attendance_missing@orgIds', 'minutes_missing@text'],
    ],
    [
      'is never held once cancelled',
      { event: { ...planned, status: 'cancelled', attendance: attendance(['ENT']), minutes } },
      ['event_closed@status'],
    ],
  ])('%s', (_name, change, expected) => {
    // Prepare
    const facts = { ...base, ...change };
    // Act
    const refused = codes(facts);
    // Assess
    expect(refused).toEqual(expected);
    expect(isEventHeld(facts)).toBe(expected.length === 0);
  });

  it('checks an attendance input against the registrations, naming the index of each stranger', () => {
    const refusals = attendanceRefusals(['ENT', 'X', 'Y'], base);
    expect(refusals.map((r) => r.path)).toEqual(['orgIds.1', 'orgIds.2']);
    expect(refusals[0]?.message).toMatch(/未报名.*did not register/);
    expect(attendanceRefusals(['ENT2'], base)).toEqual([]);
  });
});

describe('the held rule of a 宣传培训 event (policy briefing, expert panel, training)', () => {
  const briefing = { ...planned, kind: 'policy_briefing' as const };
  const facts = (orgIds: string[], registeredOrgIds: string[]): HeldFacts => ({
    ...base,
    eventKind: 'policy_briefing',
    event: { ...briefing, attendance: attendance(orgIds), minutes },
    registeredOrgIds,
  });
  it.each<[string, HeldFacts, string[]]>([
    ['is held with only a registered university present', facts(['UNI'], ['UNI']), []],
    ['is held with only a registered park present', facts(['PK'], ['PK', 'UNI']), []],
    ['is held with an enterprise present, as before', facts(['ENT'], ['ENT']), []],
    [
      'is refused when only the organiser attended, even had it registered',
      facts(['AG'], ['AG', 'UNI']),
      ['no_organisation_attended@orgIds'],
    ],
    [
      'is refused when the university present did not register',
      facts(['UNI'], ['ENT']),
      ['not_registered@orgIds.0', 'no_organisation_attended@orgIds'],
    ],
    [
      'is refused for an organisation not on the platform, even registered',
      facts(['GHOST'], ['GHOST']),
      ['no_organisation_attended@orgIds'],
    ],
  ])('%s', (_name, held, expected) => {
    // Act
    const refused = codes(held);
    // Assess
    expect(refused).toEqual(expected);
    expect(isEventHeld(held)).toBe(expected.length === 0);
  });

  it('names the organisation rule, not the enterprise one, when nobody but the organiser came', () => {
    const [refusal] = attendanceRefusals(['AG'], {
      ...base,
      eventKind: 'expert_panel',
      registeredOrgIds: ['AG'],
    });
    expect(refusal?.message).toMatch(/报名机构.*registered organisation/);
  });
});
