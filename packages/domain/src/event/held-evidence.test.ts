import { describe, expect, it } from 'vitest';
import { EventInputSchema, type MatchmakingEvent, newEvent } from './event.ts';
import { afterRecord, heldEvidence } from './held-evidence.ts';
import type { AttendanceFacts } from './held-rule.ts';

const planned: MatchmakingEvent = {
  ...newEvent(
    EventInputSchema.parse({
      title: '新能源电池产业链专利对接会',
      industryChain: '先进储能材料',
      date: '2026-11-20',
      place: '长沙市岳麓区麓谷企业广场',
    }),
    { orgId: 'AG', name: '湘江知识产权服务中心', type: 'agency' },
    { id: 'EV1', userId: 'U1', at: '2026-11-01T02:00:00.000Z' },
  ),
  invitedOrgIds: ['ENT', 'ENT2', 'ENT3'],
};
const attendance = (orgIds: string[], headcount?: number) => ({
  orgIds,
  ...(headcount ? { headcount } : {}),
  recordedAt: 'x',
  recordedBy: 'U1',
});
const minutes = { text: '三家企业与中南大学就高镍正极材料许可进行了洽谈。', writtenAt: 'x', writtenBy: 'U1' };
const facts: AttendanceFacts = {
  eventKind: 'matchmaking',
  organiserOrgId: 'AG',
  registeredOrgIds: ['ENT', 'ENT2'],
  orgTypes: { ENT: 'enterprise', ENT2: 'enterprise', UNI: 'university', AG: 'agency' },
  orgNames: { ENT: '麓谷电池', ENT2: '湘江材料', UNI: '中南大学', AG: '湘江知识产权服务中心' },
};
const AT = '2026-11-21T02:00:00.000Z';

describe('an event counts only when held by the rule', () => {
  it.each([
    {
      name: 'attendance and minutes on its date: held',
      change: { attendance: attendance(['ENT']), minutes },
      today: '2026-11-20',
      held: true,
    },
    {
      name: 'minutes without attendance: still planned',
      change: { minutes },
      today: '2026-11-20',
      held: false,
    },
    {
      name: 'attendance without minutes: still planned',
      change: { attendance: attendance(['ENT']) },
      today: '2026-11-20',
      held: false,
    },
    {
      name: 'only the organiser present: still planned',
      change: { attendance: attendance(['AG']), minutes },
      today: '2026-11-20',
      held: false,
    },
    {
      name: 'before its date: still planned',
      change: { attendance: attendance(['ENT']), minutes },
      today: '2026-11-19',
      held: false,
    },
  ])('$name', ({ change, today, held }) => {
    const result = afterRecord({ ...planned, ...change }, facts, today, AT);
    expect(result.held).toBe(held);
    expect(result.event.status).toBe(held ? 'held' : 'planned');
    expect(result.event.heldAt).toBe(held ? AT : undefined);
  });

  it('writes the organiser’s evidence: what, when, on which chain, who registered and came, minutes kept', () => {
    const { event: held } = afterRecord(
      { ...planned, attendance: attendance(['ENT', 'UNI', 'AG'], 25), minutes },
      { ...facts, registeredOrgIds: ['ENT', 'ENT2', 'UNI', 'AG'] },
      '2026-11-20',
      AT,
    );
    const evidence = heldEvidence(
      planned,
      held,
      { ...facts, registeredOrgIds: ['ENT', 'ENT2', 'UNI', 'AG'] },
      'U1',
      AT,
    );
    expect(evidence).toEqual({
      orgId: 'AG',
      kind: 'event_held',
      subjectId: 'EV1',
      actorId: 'U1',
      summary:
        '举办对接活动「新能源电池产业链专利对接会」（2026-11-20，先进储能材料），4 家企业报名、到场 3 家、25 人：' +
        '麓谷电池（企业）、中南大学（高校院所）、湘江知识产权服务中心（服务机构）；纪要已存档',
      data: {
        eventKind: 'matchmaking',
        eventTitle: '新能源电池产业链专利对接会',
        subjectTitle: '新能源电池产业链专利对接会',
        date: '2026-11-20',
        industryChain: '先进储能材料',
        attendingOrgs: 3,
        attendingOrgNames: '麓谷电池（企业）、中南大学（高校院所）、湘江知识产权服务中心（服务机构）',
        attendingEnterprises: 1,
        registeredEnterprises: 4,
        headcount: 25,
        invitedEnterprises: 3,
        invitedListings: 0,
        place: '长沙市岳麓区麓谷企业广场',
      },
      at: AT,
    });
  });

  it('a held training is 宣传培训 evidence (never event_held), with its kind, audience and materials', () => {
    const training: MatchmakingEvent = {
      ...planned,
      kind: 'training',
      title: '开放许可实操培训',
      audience: '园区企业知识产权专员',
      materials: [{ name: '开放许可声明填报指南', ref: 'https://example.cn/guide.pdf' }],
    };
    const trainingFacts = { ...facts, eventKind: 'training' as const };
    const { event: held } = afterRecord(
      { ...training, attendance: attendance(['ENT']), minutes },
      trainingFacts,
      '2026-11-20',
      AT,
    );
    const evidence = heldEvidence(training, held, trainingFacts, 'U1', AT);
    expect(evidence.kind).toBe('training_held');
    expect(evidence.summary).toMatch(/^举办实操培训「开放许可实操培训」/);
    expect(evidence.data).toMatchObject({
      eventKind: 'training',
      audience: '园区企业知识产权专员',
      materials: '开放许可声明填报指南（https://example.cn/guide.pdf）',
      materialCount: 1,
    });
  });

  it('a policy briefing for universities is held with only a university present, and its evidence names it', () => {
    // Prepare: a park's 政策宣讲 for universities; one university registered and came
    const briefing: MatchmakingEvent = {
      ...planned,
      organiserOrgId: 'PK',
      kind: 'policy_briefing',
      title: '开放许可政策宣讲会',
      audienceTypes: ['university'],
      invitedOrgIds: ['UNI'],
    };
    const briefingFacts: AttendanceFacts = {
      ...facts,
      eventKind: 'policy_briefing',
      organiserOrgId: 'PK',
      registeredOrgIds: ['UNI'],
    };
    // Act
    const { event: held, held: isHeld } = afterRecord(
      { ...briefing, attendance: attendance(['UNI']), minutes },
      briefingFacts,
      '2026-11-20',
      AT,
    );
    const evidence = heldEvidence(briefing, held, briefingFacts, 'U1', AT);
    // Assess
    expect(isHeld).toBe(true);
    expect(evidence).toMatchObject({ orgId: 'PK', kind: 'training_held' });
    expect(evidence.summary).toBe(
      '举办政策宣讲「开放许可政策宣讲会」（2026-11-20，先进储能材料），1 家机构报名、到场 1 家：中南大学（高校院所）；纪要已存档',
    );
    expect(evidence.data).toMatchObject({
      attendingOrgNames: '中南大学（高校院所）',
      attendingByType: '高校院所 1 家',
      attendingEnterprises: 0,
      registeredOrgs: 1,
    });
    expect(evidence.data).not.toHaveProperty('registeredEnterprises');
  });
});
