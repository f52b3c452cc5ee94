import type { FeedbackKind, MatchExplanation, MatchSignal, PushRefusal, PushStatus } from '../api/pushes.ts';
import { PUSH_REFUSALS } from '../api/pushes.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Badge, BadgeTone } from './badge.ts';

/** Scores are 0–100: 80 and up is a strong match (the default auto-push threshold), under 60 a weak one. */
export const STRONG_MATCH = 80;
export const FAIR_MATCH = 60;

/**
 * A score with one decimal, as the engine computes it.
 *
 * @example formatScore(87.46) // '87.5'
 */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}

export function scoreBadge(score: number): Badge {
  const tone: BadgeTone = score >= STRONG_MATCH ? 'ok' : score >= FAIR_MATCH ? 'info' : 'muted';
  return { label: 'match.score', tone, params: { score: formatScore(score) } };
}

/**
 * Points a signal added, signed: `+12.3`, or `−4.0` (a real minus sign) for a feedback penalty.
 *
 * @example formatContribution(-4) // '−4.0'
 */
export function formatContribution(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded < 0) return `−${Math.abs(rounded).toFixed(1)}`;
  return `+${rounded.toFixed(1)}`;
}

export interface SignalLine {
  signal: MatchSignal;
  label: MessageKey;
  points: string;
  penalty: boolean;
  text: string;
  evidence: string[];
}

/**
 * The explanation as the lines a broker reads: biggest effect first (a penalty counts by its size), signals
 * that added nothing and showed no evidence left out.
 */
export function signalLines(explanation: MatchExplanation): SignalLine[] {
  return explanation.signals
    .filter((signal) => Math.abs(signal.contribution) >= 0.05 || signal.evidence.length > 0)
    .map((signal, at) => ({ signal, at }))
    .sort((a, b) => Math.abs(b.signal.contribution) - Math.abs(a.signal.contribution) || a.at - b.at)
    .map(({ signal }) => ({
      signal: signal.signal,
      label: `match.signal.${signal.signal}` as MessageKey,
      points: formatContribution(signal.contribution),
      penalty: signal.contribution < 0,
      text: signal.text,
      evidence: signal.evidence,
    }));
}

/**
 * What a push says to the enterprise unless the broker writes otherwise: always Chinese, as the enterprise
 * reads it whatever the broker's screen language. The explanation is shown beside it, so it is not repeated.
 */
export function defaultPushMessage(p: {
  needTitle: string;
  listingTitle: string;
  holderName: string;
}): string {
  return `您好！根据贵司的技术需求「${p.needTitle}」，我们推荐${p.holderName}的开放许可「${p.listingTitle}」，推荐理由见下方。许可条件公开透明，欢迎查看并反馈。`;
}

const PUSH_TONES: Readonly<Record<PushStatus, BadgeTone>> = {
  approved: 'muted',
  delivered: 'info',
  read: 'info',
  answered: 'ok',
  undeliverable: 'danger',
};

export function pushStatusBadge(status: PushStatus): Badge {
  return { label: `push.status.${status}`, tone: PUSH_TONES[status] };
}

const FEEDBACK_TONES: Readonly<Record<FeedbackKind, BadgeTone>> = {
  interested: 'ok',
  relevant: 'info',
  not_now: 'muted',
  wrong_field: 'warn',
  already_known: 'muted',
};

export function feedbackBadge(kind: FeedbackKind): Badge {
  return { label: `push.feedback.${kind}`, tone: FEEDBACK_TONES[kind] };
}

/** Which refusal an approval got (a 409's code), so the queue can say what it means; `null` for others. */
export function pushRefusal(code: string | undefined): PushRefusal | null {
  return (PUSH_REFUSALS as readonly string[]).includes(code ?? '') ? (code as PushRefusal) : null;
}

/**
 * A 0–1 rate as a percentage with one decimal; no pushes yet reads as a dash, not 0 %.
 *
 * @example formatRate(0.4567, 12) // '45.7%'
 */
export function formatRate(rate: number, outOf: number): string {
  if (outOf <= 0 || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
