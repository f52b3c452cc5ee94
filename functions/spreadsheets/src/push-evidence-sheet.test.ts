import type { Push } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import {
  chinaDateTime,
  evidenceSheetRows,
  evidenceTotals,
  explanationCell,
  pushToRow,
} from './push-evidence-sheet.ts';

const explanation = {
  summary: '关键词与 IPC 高度吻合',
  signals: [
    { signal: 'region' as const, contribution: 2, evidence: ['长沙市'], text: '同城：长沙市' },
    { signal: 'text' as const, contribution: 31.26, evidence: ['隔膜'], text: '共同关键词：隔膜' },
    {
      signal: 'feedback' as const,
      contribution: -8,
      evidence: ['H01M'],
      text: 'H01M 曾被反馈领域不符，已降权',
    },
    { signal: 'dealType' as const, contribution: 0, evidence: [], text: '合作方式不限' },
  ],
};

const push = (overrides: Partial<Push> = {}): Push => ({
  id: '01KAAAAAAAAAAAAAAAAAAAAAAA',
  listingId: 'D1',
  listingKind: 'listing',
  listingTitle: '一种锂电池隔膜',
  holderName: '中南大学',
  enterpriseOrgId: 'E1',
  enterpriseName: '湖南某电池公司',
  brokerOrgId: 'A1',
  brokerName: '长沙某服务机构',
  approvedBy: 'U1',
  auto: false,
  score: 82.46,
  explanation,
  status: 'approved',
  approvedAt: '2026-11-23T02:05:00.000Z',
  version: 1,
  ...overrides,
});

describe('push evidence sheet', () => {
  it('dates cells in China time', () => {
    expect(chinaDateTime('2026-11-23T17:05:00.000Z')).toBe('2026-11-24 01:05');
    expect(chinaDateTime(undefined)).toBe('');
  });

  it('writes the explanation as one cell, biggest effect first, empty signals left out', () => {
    expect(explanationCell(explanation)).toBe(
      '关键词与 IPC 高度吻合；共同关键词：隔膜（+31.3 分）；H01M 曾被反馈领域不符，已降权（-8.0 分）；同城：长沙市（+2.0 分）',
    );
  });

  it('writes one push as its row', () => {
    // Act
    const row = pushToRow(
      push({
        status: 'answered',
        deliveredAt: '2026-11-23T02:06:00.000Z',
        readAt: '2026-11-23T03:00:00.000Z',
        feedback: { kind: 'interested', comment: '请联系', at: '2026-11-23T03:01:00.000Z' },
        message: '请查看',
      }),
    );

    // Assess
    expect(row).toMatchObject({
      approvedAt: '2026-11-23 10:05',
      listingTitle: '一种锂电池隔膜',
      enterpriseName: '湖南某电池公司',
      brokerName: '长沙某服务机构',
      mode: '人工确认',
      score: 82.5,
      delivered: '是',
      read: '是',
      feedback: '感兴趣',
      feedbackComment: '请联系',
      message: '请查看',
    });
  });

  it('totals the rows, an undelivered push not counted as delivered', () => {
    // Prepare
    const pushes = [
      push({ id: 'P2', approvedAt: '2026-11-24T00:00:00.000Z', status: 'undeliverable', auto: true }),
      push({
        id: 'P1',
        status: 'read',
        deliveredAt: '2026-11-23T02:06:00.000Z',
        readAt: '2026-11-23T03:00:00.000Z',
      }),
      push({
        id: 'P3',
        approvedAt: '2026-11-25T00:00:00.000Z',
        status: 'answered',
        deliveredAt: '2026-11-25T00:01:00.000Z',
        feedback: { kind: 'wrong_field', at: '2026-11-25T00:02:00.000Z' },
      }),
    ];

    // Act
    const rows = evidenceSheetRows(pushes);
    const totals = evidenceTotals(pushes);

    // Assess
    expect(rows.map((row) => row.approvedAt)).toEqual([
      '2026-11-23 10:05',
      '2026-11-24 08:00',
      '2026-11-25 08:00',
      '合计',
    ]);
    expect(totals).toMatchObject({ pushes: 3, delivered: 2, read: 2 });
    expect(totals.feedback.wrong_field).toBe(1);
    expect(rows.at(-1)).toMatchObject({ listingTitle: '3 条推送', delivered: 2, read: 2 });
    expect(rows.at(-1)?.feedback).toContain('领域不对口 1');
  });
});
