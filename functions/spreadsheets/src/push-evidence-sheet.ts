import {
  FEEDBACK_KINDS,
  FEEDBACK_LABELS,
  type FeedbackKind,
  type MatchExplanation,
  PUSH_STATUS_LABELS,
  type Push,
} from '@openlicense/domain';
import { defineLedger } from '@openlicense/ledger-io';
import * as z from 'zod/mini';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * An instant as a Chinese reader dates it: `YYYY-MM-DD HH:mm` in China time; nothing for no time.
 *
 * @example chinaDateTime('2026-11-23T02:05:00Z') // '2026-11-23 10:05'
 */
export function chinaDateTime(at: string | undefined): string {
  if (!at) return '';
  const time = new Date(at).getTime();
  if (Number.isNaN(time)) return at;
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The explanation in one cell: the summary, then each signal's sentence and points, biggest first. */
export function explanationCell(explanation: MatchExplanation): string {
  const signals = [...explanation.signals]
    .filter((signal) => Math.abs(signal.contribution) >= 0.05 || signal.evidence.length > 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .map((signal) => {
      const points = Math.round(signal.contribution * 10) / 10;
      return `${signal.text}（${points >= 0 ? '+' : ''}${points.toFixed(1)} 分）`;
    });
  return [explanation.summary, ...signals].filter((part) => part.trim() !== '').join('；');
}

const delivered = (push: Push) => push.deliveredAt !== undefined && push.status !== 'undeliverable';
const read = (push: Push) =>
  push.readAt !== undefined || push.status === 'read' || push.status === 'answered';

/** One evidence row: the cells of one push. */
export type EvidenceRow = {
  approvedAt: string;
  listingTitle: string;
  listingId: string;
  holderName: string;
  enterpriseName: string;
  brokerName: string;
  mode: string;
  score: number | string;
  explanation: string;
  message: string;
  status: string;
  delivered: string;
  deliveredAt: string;
  read: string;
  readAt: string;
  feedback: string;
  feedbackComment: string;
  feedbackAt: string;
};

export function pushToRow(push: Push): EvidenceRow {
  return {
    approvedAt: chinaDateTime(push.approvedAt),
    listingTitle: push.listingTitle,
    listingId: push.listingId,
    holderName: push.holderName,
    enterpriseName: push.enterpriseName,
    brokerName: push.brokerName,
    mode: push.auto ? '自动推送' : '人工确认',
    score: Math.round(push.score * 10) / 10,
    explanation: explanationCell(push.explanation),
    message: push.message ?? '',
    status: PUSH_STATUS_LABELS[push.status],
    delivered: delivered(push) ? '是' : '否',
    deliveredAt: chinaDateTime(push.deliveredAt),
    read: read(push) ? '是' : '否',
    readAt: chinaDateTime(push.readAt),
    feedback: push.feedback ? FEEDBACK_LABELS[push.feedback.kind] : '',
    feedbackComment: push.feedback?.comment ?? '',
    feedbackAt: chinaDateTime(push.feedback?.at),
  };
}

export interface EvidenceTotals {
  pushes: number;
  delivered: number;
  read: number;
  feedback: Record<FeedbackKind, number>;
}

export function evidenceTotals(pushes: readonly Push[]): EvidenceTotals {
  const feedback = Object.fromEntries(FEEDBACK_KINDS.map((kind) => [kind, 0])) as Record<
    FeedbackKind,
    number
  >;
  for (const push of pushes) if (push.feedback) feedback[push.feedback.kind] += 1;
  return {
    pushes: pushes.length,
    delivered: pushes.filter(delivered).length,
    read: pushes.filter(read).length,
    feedback,
  };
}

/** The totals row under the pushes: counts in the 是否送达 / 是否已读 columns, feedback by kind. */
export function totalsRow(totals: EvidenceTotals): Record<string, string | number> {
  return {
    approvedAt: '合计',
    listingTitle: `${totals.pushes} 条推送`,
    delivered: totals.delivered,
    read: totals.read,
    feedback: FEEDBACK_KINDS.map((kind) => `${FEEDBACK_LABELS[kind]} ${totals.feedback[kind]}`).join('；'),
  };
}

/** The sheet's rows: one per push (oldest first), then the totals. */
export function evidenceSheetRows(pushes: readonly Push[]): Record<string, unknown>[] {
  const ordered = [...pushes].sort(
    (a, b) => a.approvedAt.localeCompare(b.approvedAt) || a.id.localeCompare(b.id),
  );
  return [...ordered.map(pushToRow), totalsRow(evidenceTotals(ordered))];
}

const text = (key: keyof EvidenceRow, header: string, width?: number) => ({
  key,
  header,
  ...(width ? { width } : {}),
});

/** 精准推送佐证: every push of a broker in a year, as an IP office auditor reads it. Export only. */
export const PUSH_EVIDENCE_SHEET = defineLedger<EvidenceRow>({
  sheetName: '精准推送佐证',
  rowSchema: z.any() as z.ZodMiniType<EvidenceRow>,
  columns: [
    text('approvedAt', '推送时间', 18),
    text('listingTitle', '许可专利/专利包', 36),
    text('listingId', '许可编号', 28),
    text('holderName', '专利权人', 24),
    text('enterpriseName', '推送企业', 28),
    text('brokerName', '推送机构', 24),
    text('mode', '推送方式', 10),
    { key: 'score', header: '匹配度', kind: 'number', width: 8 },
    text('explanation', '匹配说明', 60),
    text('message', '推送附言', 40),
    text('status', '状态', 10),
    text('delivered', '是否送达', 10),
    text('deliveredAt', '送达时间', 18),
    text('read', '是否已读', 10),
    text('readAt', '阅读时间', 18),
    text('feedback', '企业反馈', 14),
    text('feedbackComment', '反馈说明', 30),
    text('feedbackAt', '反馈时间', 18),
  ],
});
