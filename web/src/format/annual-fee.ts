import { OPEN_LICENCE_FEE_REDUCTION_PERCENT } from '@openlicense/domain/declaration/annual-fee';
import type { AnnualFeeEffect } from '../api/declarations.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';

/** Per cent off annual fees while an open licence declaration is in force. */
export { OPEN_LICENCE_FEE_REDUCTION_PERCENT };

/**
 * What publishing does to the holder's annual fees, read from the server's answer for the declaration as it
 * is now: 15 % off while published, or the holder's existing reduction when that is better — the two never
 * stack. For a published declaration this is the server's own answer.
 *
 * @example annualFeeOutlook({ percent: 85, source: 'existing', note: '' }, false)
 * // { label: 'annualFee.keepsExisting', params: { percent: 85 } }
 */
export function annualFeeOutlook(
  effect: AnnualFeeEffect,
  published: boolean,
): { label: MessageKey; params?: MessageParams } {
  if (published)
    return effect.source === 'open_licence'
      ? { label: 'annualFee.reduced' }
      : effect.source === 'existing'
        ? { label: 'annualFee.keepsExisting', params: { percent: effect.percent } }
        : { label: 'annualFee.none' };
  const existing = effect.source === 'existing' ? effect.percent : 0;
  if (existing >= OPEN_LICENCE_FEE_REDUCTION_PERCENT)
    return { label: 'annualFee.willKeepExisting', params: { percent: existing } };
  return existing > 0
    ? { label: 'annualFee.willReplace', params: { percent: existing } }
    : { label: 'annualFee.willReduce' };
}
