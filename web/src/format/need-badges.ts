import type { NeedStatus } from '../api/needs.ts';
import type { Badge, BadgeTone } from './badge.ts';

/** Scores from the need-quality rules (0–100): 80 and up match well, under 60 rarely do. */
export const GOOD_QUALITY = 80;
export const FAIR_QUALITY = 60;

export function qualityTone(score: number): BadgeTone {
  if (score >= GOOD_QUALITY) return 'ok';
  return score >= FAIR_QUALITY ? 'warn' : 'danger';
}

export function qualityBadge(score: number): Badge {
  return { label: 'need.quality.score', tone: qualityTone(score), params: { score } };
}

const STATUS_TONES: Readonly<Record<NeedStatus, BadgeTone>> = {
  draft: 'muted',
  open: 'info',
  matched: 'info',
  in_negotiation: 'warn',
  fulfilled: 'ok',
  closed: 'muted',
};

export function needStatusBadge(status: NeedStatus): Badge {
  return { label: `need.status.${status}`, tone: STATUS_TONES[status] };
}
