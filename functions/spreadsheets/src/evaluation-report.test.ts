import type { EvidenceEntry } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { evidenceRow, evidenceTotalsRow, sheetNamer } from './evaluation-report.ts';

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
});
