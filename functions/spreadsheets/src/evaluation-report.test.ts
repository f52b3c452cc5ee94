import type { QuotaReport } from '@openlicense/app';
import { type EvidenceEntry, evaluateQuotas, quotaTargetsFor } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import {
  allEvaluationSheets,
  evidenceRow,
  evidenceTotalsRow,
  orgEvaluationSheets,
  sheetNamer,
} from './evaluation-report.ts';

const entry = (seq: number, kind: EvidenceEntry['kind'], amountFen?: number): EvidenceEntry => ({
  orgId: 'org',
  kind,
  subjectId: `S${seq}`,
  actorId: 'u',
  summary: `第 ${seq} 条`,
  at: '2025-12-31T16:30:00.000Z',
  year: '2026',
  seq,
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
  ...(amountFen === undefined ? {} : { amountFen }),
  data: { subjectTitle: '一种电池隔膜', counterpart: '湖南某企业' },
});

describe('evaluation sheets', () => {
  it('names sheets as Excel allows: no /, at most 31 characters, each once', () => {
    const name = sheetNamer();
    expect(name('3 促成高校院所向企业许可/转让')).toBe('3 促成高校院所向企业许可、转让');
    const long = '湖南省衡阳市某某某某某某某某某某某某知识产权服务有限责任公司分公司';
    expect(name(long)).toHaveLength(31);
    expect(name(long)).toMatch(/\(2\)$/);
    expect(name(long).length).toBeLessThanOrEqual(31);
    expect(name('填写说明')).toBe('填写说明(2)');
  });

  it('shows an entry in China time with its amount in yuan, and totals that add its rows up', () => {
    const rows = [entry(1, 'open_licence', 1_000_01), entry(2, 'royalty_paid', 99)];
    expect(evidenceRow(rows[0]!)).toMatchObject({
      seq: 1,
      at: '2026-01-01 00:30',
      kind: '开放许可生效',
      subject: '一种电池隔膜（S1）',
      counterpart: '湖南某企业',
      counts: 1,
      amount: 1000.01,
    });
    expect(evidenceRow(rows[1]!)).toMatchObject({ counts: 0, amount: 0.99 });
    expect(evidenceTotalsRow(rows)).toEqual({ seq: '合计', subject: '2 条佐证', counts: 1, amount: 1001 });
  });

  describe('宣传培训', () => {
    const park = (trainingsHeld?: number): QuotaReport => {
      const values = {
        precisePushes: 1000,
        eventsHeld: 2,
        eventsHeldUpTo: 3,
        brokeredCount: 3,
        brokeredFen: 1,
      };
      const definitions = quotaTargetsFor('park', {
        agency: values,
        park: { ...values, ...(trainingsHeld ? { trainingsHeld } : {}) },
        enterprise: { intakeCount: 2, intakeFen: 1 },
        university: { growthPercent: 20 },
      });
      return {
        orgId: 'org',
        orgName: '麓谷园区',
        orgType: 'park',
        year: 2026,
        status: 'on_track',
        targets: evaluateQuotas(definitions, { eventsHeld: 1, trainingsHeld: 1 }, 0.5),
        awaiting: { unconfirmed: 0, disputed: 0 },
      };
    };
    const entries = [entry(1, 'event_held'), entry(2, 'training_held')];
    const sheet = (sheets: ReturnType<typeof orgEvaluationSheets>, name: RegExp) =>
      sheets.find((s) => name.test(s.ledger.sheetName));

    it('without a target: its own sheet with the training’s row, apart from the matchmaking events', () => {
      const sheets = orgEvaluationSheets({ report: park(), entries, trainingsHeld: 1 });
      const briefingRow = (trainingsHeld: number) =>
        (
          orgEvaluationSheets({ report: park(), entries, trainingsHeld })[0]!.records as Record<
            string,
            unknown
          >[]
        ).find((r) => String(r.target).startsWith('宣传培训'));
      expect(briefingRow(1)).toMatchObject({
        targetValue: '未设目标',
        actual: 1,
        evidenceTotal: 1,
        evidenceRows: 1,
        consistent: '一致',
        status: '不考核',
      });
      // A counter that disagrees with its evidence is shown as such, as for any target.
      expect(briefingRow(2)).toMatchObject({ actual: 2, evidenceTotal: 1, consistent: '不一致' });
      const briefings = sheet(sheets, /宣传培训/)?.records as Record<string, unknown>[];
      expect(briefings.map((r) => r.seq)).toEqual([2, '合计']);
      expect(briefings[0]).toMatchObject({ kind: '宣传培训举办', counts: 1 });
      const matchmaking = sheet(sheets, /对接活动/)?.records as Record<string, unknown>[];
      expect(matchmaking.map((r) => r.seq)).toEqual([1, '合计']);
    });

    it('with a target: a target like the others, met by the training held', () => {
      const sheets = orgEvaluationSheets({ report: park(1), entries });
      const summary = sheets[0]!.records as Record<string, unknown>[];
      const rows = summary.filter((r) => String(r.target).startsWith('宣传培训'));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        targetValue: 1,
        actual: 1,
        evidenceTotal: 1,
        consistent: '一致',
        met: '是',
      });
      expect(sheet(sheets, /宣传培训/)?.records).toHaveLength(2);
    });

    it('in the IP office’s workbook: the training row says it is 宣传培训, with its own totals row', () => {
      const sheets = allEvaluationSheets([{ report: park(), entries }]);
      const org = sheets[1]!.records as Record<string, unknown>[];
      expect(org.find((r) => r.seq === 2)?.targets).toBe(
        '宣传培训（政策宣讲、专家座谈、实操培训）（未设目标）',
      );
      expect(org.find((r) => r.seq === '合计：宣传培训（政策宣讲、专家座谈、实操培训）')).toMatchObject({
        counts: 1,
      });
    });
  });
});
