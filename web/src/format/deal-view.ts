import type { Deal, DealStage, DeclineReasonKind } from '../api/deals.ts';
import { DEAL_STAGES } from '../api/deals.ts';
import type { Badge, BadgeTone } from './badge.ts';

/** The stages a deal at `stage` may move to: the next one, then declined (the server's rule). */
export { dealStagesFrom } from '@openlicense/domain/deal/deal';

const TONES: Readonly<Record<DealStage, BadgeTone>> = {
  lead: 'muted',
  contacted: 'info',
  negotiating: 'info',
  signed: 'ok',
  filed: 'ok',
  implemented: 'ok',
  declined: 'danger',
};

export function dealStageBadge(stage: DealStage): Badge {
  return { label: `deal.stage.${stage}`, tone: TONES[stage] };
}

/** The pipeline's columns in stage order, each with its deals (newest first); every stage has a column. */
export function pipelineColumns(deals: readonly Deal[]): { stage: DealStage; deals: Deal[] }[] {
  return DEAL_STAGES.map((stage) => ({
    stage,
    deals: deals
      .filter((deal) => deal.stage === stage)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
  }));
}

export type DeclineCheck =
  | { ok: true; decline: { reason: DeclineReasonKind; text?: string } }
  | { ok: false; field: 'reason' | 'text' };

/** A structured decline reason: one of the five, with a text required for "other". */
export function readDecline(reason: string, text: string): DeclineCheck {
  const kinds: readonly string[] = ['price', 'maturity', 'field', 'timing', 'other'];
  if (!kinds.includes(reason)) return { ok: false, field: 'reason' };
  const trimmed = text.trim();
  if (reason === 'other' && trimmed === '') return { ok: false, field: 'text' };
  return {
    ok: true,
    decline: { reason: reason as DeclineReasonKind, ...(trimmed ? { text: trimmed } : {}) },
  };
}

/** Whether moving to `to` needs the amount (signing does: it is what counts toward quotas). */
export const needsAmount = (to: DealStage): boolean => to === 'signed';

/**
 * Splits a typed list on commas, 、, semicolons or spaces.
 *
 * @example splitList('ZL1、ZL2, ZL3') // ['ZL1', 'ZL2', 'ZL3']
 */
export const splitList = (text: string): string[] =>
  text
    .split(/[,，、;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
