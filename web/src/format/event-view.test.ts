import { describe, expect, it } from 'vitest';
import {
  attendanceChoices,
  eventStatusBadge,
  heldMissing,
  materialsText,
  readMaterials,
} from './event-view.ts';

describe('event view', () => {
  it('lists what a planned event still needs to count as held', () => {
    const planned = { status: 'planned' as const, date: '2026-11-30' };
    expect(heldMissing(planned, '2026-11-23')).toEqual(['date', 'attendance', 'minutes']);
    expect(
      heldMissing(
        {
          ...planned,
          attendance: { orgIds: ['E1'], recordedAt: 'x', recordedBy: 'u' },
          minutes: { text: '短', writtenAt: 'x', writtenBy: 'u' },
        },
        '2026-11-30',
      ),
    ).toEqual(['minutes']);
    expect(heldMissing({ status: 'held', date: '2026-11-30' }, '2026-11-23')).toEqual([]);
  });

  it('offers only the registered enterprises for attendance, once each and never the organiser', () => {
    expect(
      attendanceChoices({ organiserOrgId: 'AG' }, [
        { orgId: 'E2', orgName: '企业二' },
        { orgId: 'AG', orgName: '主办方' },
        { orgId: 'E2', orgName: '企业二' },
        { orgId: 'E1', orgName: '企业一' },
      ]),
    ).toEqual([
      { orgId: 'E2', name: '企业二' },
      { orgId: 'E1', name: '企业一' },
    ]);
    expect(attendanceChoices({ organiserOrgId: 'AG' }, [])).toEqual([]);
  });

  it('badges the status', () => {
    expect(eventStatusBadge('held')).toEqual({ label: 'event.status.held', tone: 'ok' });
  });

  it('reads materials one per line as name | URL or reference, naming the line that has no reference', () => {
    const text = '开放许可政策解读 | https://example.cn/policy.pdf\n\n填报指南 | 湘知发〔2023〕12 号';
    const read = readMaterials(text);
    expect(read).toEqual({
      ok: true,
      materials: [
        { name: '开放许可政策解读', ref: 'https://example.cn/policy.pdf' },
        { name: '填报指南', ref: '湘知发〔2023〕12 号' },
      ],
    });
    expect(read.ok && materialsText(read.materials)).toBe(text.replace('\n\n', '\n'));
    expect(readMaterials('政策解读\n填报指南 | x')).toEqual({ ok: false, line: 1 });
    expect(readMaterials('a | x\n | x')).toEqual({ ok: false, line: 2 });
  });
});
