import { describe, expect, it } from 'vitest';
import type { QuotaTargetView } from '../api/quotas.ts';
import {
  evidenceCounterpart,
  formatQuotaValue,
  pickYear,
  quotaStatusBadge,
  shortHash,
  statusOf,
  targetChart,
  targetProgress,
  yearOptions,
} from './quota-view.ts';

const target = (over: Partial<QuotaTargetView>): QuotaTargetView => ({
  key: 'intake_count',
  label: '引进专利',
  unit: '件',
  unitCode: 'items',
  target: 2,
  actual: 0,
  met: false,
  ...over,
});

describe('quota view', () => {
  it('badges each status in its tone', () => {
    expect(quotaStatusBadge('met')).toEqual({ label: 'quota.status.met', tone: 'ok' });
    expect(quotaStatusBadge('at_risk').tone).toBe('warn');
    expect(quotaStatusBadge('missed').tone).toBe('danger');
    expect(quotaStatusBadge('on_track').tone).toBe('info');
  });

  it('reads an older server’s met flag when there is no status', () => {
    expect(statusOf({ met: true })).toBe('met');
    expect(statusOf({ met: false })).toBe('on_track');
    expect(statusOf({ met: false, status: 'missed' })).toBe('missed');
  });

  it('formats money targets from fen and counts with their unit', () => {
    expect(formatQuotaValue(200_000_000, '分', 'zh-CN')).toBe('200万元');
    expect(formatQuotaValue(200_000_000, '分', 'en')).toBe('¥2M');
    expect(formatQuotaValue(1000, '次', 'zh-CN')).toBe('1,000 次');
  });

  it('measures progress on the better of an either target’s two measures, capped at 1', () => {
    expect(targetProgress(target({ actual: 1 }))).toBe(0.5);
    expect(targetProgress(target({ actual: 5 }))).toBe(1);
    expect(targetProgress(target({ target: 0 }))).toBe(1);
    expect(
      targetProgress(
        target({
          target: 3,
          actual: 1,
          either: {
            key: 'brokered_fen',
            label: '金额',
            unit: '分',
            unitCode: 'fen',
            target: 100,
            actual: 80,
          },
        }),
      ),
    ).toBe(0.8);
  });

  it('lays out one bar per target with the pace mark', () => {
    const chart = targetChart(
      [target({ actual: 1, expected: 1, status: 'on_track' }), target({ key: 'intake_fen', target: 0 })],
      { width: 500, rowHeight: 30, labelWidth: 100 },
    );
    expect(chart.height).toBe(60);
    expect(chart.trackWidth).toBe(344);
    expect(chart.bars[0]).toMatchObject({ y: 0, width: 172, paceX: 272, status: 'on_track' });
    expect(chart.bars[1]).toMatchObject({ y: 30, width: 344, paceX: null, status: 'on_track' });
  });

  it('names the evidence counterpart and shortens hashes', () => {
    expect(evidenceCounterpart({ data: { licenseeName: '湘电', amount: 3 } })).toBe('湘电');
    expect(evidenceCounterpart({})).toBe('');
    expect(shortHash('a'.repeat(64))).toBe('aaaaaa…aaaaaa');
  });

  it('offers the years back to the first and reads a valid ?year=', () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024]);
    expect(pickYear('2025', 2026)).toBe(2025);
    expect(pickYear('2031', 2026)).toBe(2026);
    expect(pickYear(null, 2026)).toBe(2026);
  });
});
