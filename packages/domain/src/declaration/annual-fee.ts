import type { Patent } from '../patent/patent.ts';

/** Per cent off annual fees while an open licence declaration is in force. */
export const OPEN_LICENCE_FEE_REDUCTION_PERCENT = 15;

export interface AnnualFeeReduction {
  /** Per cent off the annual fee, e.g. 85 means the holder pays 15 %. */
  percent: number;
  source: 'open_licence' | 'existing' | 'none';
  note: string;
}

/**
 * The annual-fee reduction that applies. The open-licence reduction does not stack with another one (such
 * as 85 % for individuals and small firms in their first 10 years): the larger reduction applies, and on a
 * tie the existing one is kept. `patent.feeReductionPercent` is taken as currently valid; checking its own
 * conditions (entity size, the 10-year window) is up to whoever records it.
 *
 * @example annualFeeReduction({ feeReductionPercent: 85 }, true).source // 'existing'
 */
export function annualFeeReduction(
  patent: Pick<Patent, 'feeReductionPercent'>,
  declarationPublished: boolean,
): AnnualFeeReduction {
  const existing = patent.feeReductionPercent ?? 0;
  if (declarationPublished && OPEN_LICENCE_FEE_REDUCTION_PERCENT > existing) {
    return {
      percent: OPEN_LICENCE_FEE_REDUCTION_PERCENT,
      source: 'open_licence',
      note:
        existing > 0
          ? `开放许可期间年费减免 15%，高于已有的 ${existing}% 减缴，按 15% 执行，两者不叠加 / the 15% open-licence reduction beats the existing ${existing}% and applies instead; they do not stack`
          : '开放许可期间年费减免 15% / 15% off annual fees while the open licence is in force',
    };
  }
  if (existing > 0) {
    return {
      percent: existing,
      source: 'existing',
      note: declarationPublished
        ? `已有 ${existing}% 的年费减缴，不低于开放许可的 15%，按 ${existing}% 执行，两者不叠加 / the existing ${existing}% reduction is at least the 15% open-licence one and applies instead; they do not stack`
        : `已有 ${existing}% 的年费减缴 / existing ${existing}% annual-fee reduction`,
    };
  }
  return { percent: 0, source: 'none', note: '无年费减免 / no annual-fee reduction' };
}
