import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../evidence/index.ts';
import {
  evidenceActual,
  evidenceCounterpart,
  evidenceForTarget,
  targetEvidenceTotals,
} from './target-evidence.ts';
import {
  DEFAULT_QUOTA_TARGET_VALUES,
  evaluateQuotas,
  overallQuotaStatus,
  patchQuotaTargetValues,
  QuotaTargetValuesPatchSchema,
  quotaTarget,
  quotaTargetsFor,
  quotaTargetValueIssues,
  yearElapsed,
} from './targets.ts';

describe('quota targets', () => {
  it('sets agencies and parks the Hengyang guide’s pushes, events and brokered deals (count or amount)', () => {
    expect(quotaTargetsFor('agency')).toEqual([
      { key: 'precise_pushes', label: '精准推送', unit: '次', unitCode: 'times', target: 1000 },
      { key: 'events_held', label: '举办对接活动', unit: '场', unitCode: 'events', target: 2, upTo: 3 },
      {
        key: 'brokered_deals',
        label: '促成高校院所向企业许可/转让',
        unit: '件',
        unitCode: 'items',
        target: 3,
        either: {
          key: 'brokered_fen',
          label: '促成许可/转让金额',
          unit: '分',
          unitCode: 'fen',
          target: 100_000_000,
        },
      },
    ]);
    expect(quotaTargetsFor('park').map((t) => t.target)).toEqual([1000, 2, 3]);
    expect(quotaTargetsFor('ip_office')).toEqual([]);
  });

  it('sets enterprises two targets: ≥2 patents taken in and ≥¥2,000,000', () => {
    expect(quotaTargetsFor('enterprise').map((t) => [t.key, t.target])).toEqual([
      ['intake_count', 2],
      ['intake_fen', 200_000_000],
    ]);
  });

  it('grows a university’s targets 20 % on last year’s actuals, at least 1 after a year of none', () => {
    expect(quotaTargetsFor('university').map((t) => t.target)).toEqual([1, 1]);
    const grown = quotaTargetsFor('university', DEFAULT_QUOTA_TARGET_VALUES, {
      conversionCount: 11,
      conversionFen: 1_000_000,
    });
    expect(grown.map((t) => t.target)).toEqual([14, 1_200_000]);
    expect(grown[0]?.basis).toContain('上年 11 次');
    expect(grown[1]?.basis).toContain('上年 1万元');
    expect(grown.map((t) => [t.basisCode, t.basisParams])).toEqual([
      ['growth', { lastYear: 11, growthPercent: 20 }],
      ['growth', { lastYear: 1_000_000, growthPercent: 20 }],
    ]);
  });

  it('writes the basis in Chinese only, with no English tail: the web phrases the code per language', () => {
    const targets = [
      ...quotaTargetsFor('university'),
      ...quotaTargetsFor('university', DEFAULT_QUOTA_TARGET_VALUES, {
        conversionCount: 3,
        conversionFen: 500,
      }),
    ];
    for (const target of targets) expect(target.basis).not.toMatch(/[A-Za-z]/);
  });

  it('says so when there is no last year to grow on: any conversion meets the target', () => {
    const [count, amount] = quotaTargetsFor('university');
    expect(count?.basis).toContain('上年无转化，本年有转化即达标');
    expect(amount?.basis).toContain('有转化金额即达标');
    expect([count?.basisCode, amount?.basisCode]).toEqual(['first_conversion', 'first_conversion_amount']);
  });

  it('measures 宣传培训 only where the IP office set a target: none by default, 0 is none, counted apart from events', () => {
    const keys = (values = DEFAULT_QUOTA_TARGET_VALUES) => quotaTargetsFor('park', values).map((t) => t.key);
    expect(keys()).not.toContain('trainings_held');
    const set = patchQuotaTargetValues(DEFAULT_QUOTA_TARGET_VALUES, { park: { trainingsHeld: 4 } });
    expect(keys(set)).toEqual(['precise_pushes', 'events_held', 'trainings_held', 'brokered_deals']);
    expect(quotaTargetsFor('agency', set).map((t) => t.key)).not.toContain('trainings_held');
    expect(keys(patchQuotaTargetValues(set, { park: { trainingsHeld: 0 } }))).not.toContain('trainings_held');
    const [, events, trainings] = evaluateQuotas(
      quotaTargetsFor('park', set),
      { eventsHeld: 2, trainingsHeld: 1 },
      0.5,
    );
    expect(events).toMatchObject({ key: 'events_held', actual: 2 });
    expect(trainings).toMatchObject({ key: 'trainings_held', target: 4, actual: 1, status: 'at_risk' });
    const entry = (seq: number, kind: EvidenceEntry['kind']) =>
      ({ seq, kind, orgId: 'P', subjectId: `S${seq}`, at: 'x', summary: '' }) as EvidenceEntry;
    const trail = [entry(1, 'event_held'), entry(2, 'training_held')];
    expect(evidenceActual('trainings_held', trail)).toEqual({ actual: 1 });
    expect(evidenceActual('events_held', trail)).toEqual({ actual: 1 });
  });

  it('takes the IP office’s values over the defaults, role by role', () => {
    const patch = QuotaTargetValuesPatchSchema.parse({
      agency: { precisePushes: 1200 },
      university: { growthPercent: 50 },
    });
    const values = patchQuotaTargetValues(DEFAULT_QUOTA_TARGET_VALUES, patch);
    expect(quotaTargetsFor('agency', values)[0]?.target).toBe(1200);
    expect(quotaTargetsFor('park', values)[0]?.target).toBe(1000);
    expect(quotaTargetsFor('university', values, { conversionCount: 10 })[0]?.target).toBe(15);
    expect(QuotaTargetValuesPatchSchema.safeParse({ agency: { precisePushes: -1 } }).success).toBe(false);
    expect(QuotaTargetValuesPatchSchema.safeParse({ broker: {} }).success).toBe(false);
    const upside = patchQuotaTargetValues(values, { park: { eventsHeld: 4 } });
    expect(quotaTargetValueIssues(upside)).toEqual([
      { path: 'park.eventsHeldUpTo', message: expect.any(String) },
    ]);
  });
});

describe('quota status', () => {
  const [pushes, events, brokered] = quotaTargetsFor('agency');

  it('measures the elapsed part of the China-time year', () => {
    expect(yearElapsed(2026, new Date('2025-12-31T15:59:59Z'))).toBe(0);
    expect(yearElapsed(2026, new Date('2025-12-31T16:00:00Z'))).toBe(0);
    expect(yearElapsed(2026, new Date('2026-07-02T04:00:00Z'))).toBeCloseTo(0.5, 2);
    expect(yearElapsed(2026, new Date('2026-12-31T16:00:00Z'))).toBe(1);
  });

  it('is met when the actual reaches the target, at risk behind the pace, missed once the year is over', () => {
    expect(quotaTarget(pushes!, 1000, 0.5)).toMatchObject({ met: true, status: 'met' });
    expect(quotaTarget(pushes!, 499, 0.5)).toMatchObject({ met: false, status: 'at_risk', expected: 500 });
    expect(quotaTarget(pushes!, 500, 0.5)).toMatchObject({ met: false, status: 'on_track' });
    expect(quotaTarget(pushes!, 999, 1)).toMatchObject({ met: false, status: 'missed' });
    expect(quotaTarget(events!, 0, 0)).toMatchObject({ status: 'on_track', upTo: 3 });
  });

  it('meets the brokered target by either measure, and is at risk only when both are behind', () => {
    expect(quotaTarget(brokered!, 0, 0.9, 100_000_000)).toMatchObject({
      met: true,
      either: { actual: 100_000_000 },
    });
    expect(quotaTarget(brokered!, 3, 0.9, 0)).toMatchObject({ met: true });
    expect(quotaTarget(brokered!, 2, 0.5, 0)).toMatchObject({ status: 'on_track' });
    expect(quotaTarget(brokered!, 1, 0.5, 60_000_000)).toMatchObject({ status: 'on_track' });
    expect(quotaTarget(brokered!, 1, 0.5, 10_000_000)).toMatchObject({ status: 'at_risk' });
  });

  it('reads the actuals from the counters and sums up an organisation by its worst target', () => {
    const targets = evaluateQuotas(
      quotaTargetsFor('agency'),
      { pushes: 1000, eventsHeld: 1, brokeredCount: 0, brokeredFen: 120_000_000 },
      0.75,
    );
    expect(targets.map((t) => [t.key, t.actual, t.status])).toEqual([
      ['precise_pushes', 1000, 'met'],
      ['events_held', 1, 'at_risk'],
      ['brokered_deals', 0, 'met'],
    ]);
    expect(overallQuotaStatus(targets)).toBe('at_risk');
    expect(overallQuotaStatus([{ status: 'met' }, { status: 'on_track' }])).toBe('on_track');
    expect(overallQuotaStatus([{ status: 'at_risk' }, { status: 'missed' }])).toBe('missed');
    expect(overallQuotaStatus([{ status: 'met' }])).toBe('met');
  });
});

describe('target evidence', () => {
  let seq = 0;
  const entry = (
    kind: EvidenceEntry['kind'],
    amountFen?: number,
    data?: EvidenceEntry['data'],
  ): EvidenceEntry => ({
    orgId: 'org',
    kind,
    subjectId: `S${++seq}`,
    actorId: 'u',
    summary: kind,
    at: '2026-05-01T00:00:00.000Z',
    year: '2026',
    seq,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
    ...(amountFen === undefined ? {} : { amountFen }),
    ...(data ? { data } : {}),
  });
  const trail = [
    entry('open_licence', 50_000_00, { licenseeName: '湖南某企业' }),
    entry('royalty_paid', 20_000_00),
    entry('deal_signed', 1_000_000_00),
    entry('push_delivered', undefined, { enterpriseName: '衡阳某企业' }),
    entry('event_held'),
  ];

  it('lists what proves each target and adds it up: licences and deals count once, payments add their amount', () => {
    expect(evidenceForTarget('intake_count', trail).map((e) => e.kind)).toEqual([
      'open_licence',
      'deal_signed',
    ]);
    expect(targetEvidenceTotals(evidenceForTarget('intake_fen', trail))).toEqual({
      rows: 3,
      count: 2,
      amountFen: 1_070_000_00,
    });
    expect(evidenceActual('intake_fen', trail)).toEqual({ actual: 1_070_000_00 });
    expect(evidenceActual('brokered_deals', trail)).toEqual({ actual: 2, either: 1_070_000_00 });
    expect(evidenceActual('precise_pushes', trail)).toEqual({ actual: 1 });
    expect(evidenceActual('events_held', trail)).toEqual({ actual: 1 });
  });

  it('names the counterpart an entry’s data gives', () => {
    expect(evidenceCounterpart(trail[0]!)).toBe('湖南某企业');
    expect(evidenceCounterpart(trail[3]!)).toBe('衡阳某企业');
    expect(evidenceCounterpart(trail[1]!)).toBe('');
  });
});
