import { formatFen } from '../validation/money.ts';
import type { Issue } from './issue.ts';
import type { Royalty } from './royalty.ts';

/** ¥20,000,000: reported CNIPA guidance on fixed fees, not confirmed in any published rule. */
export const GUIDANCE_FIXED_FEE_CAP_FEN = 2_000_000_000;
/** Reported CNIPA guidance on running royalties, in per cent; unconfirmed. */
export const GUIDANCE_NET_SALES_RATE_CAP = 20;
export const GUIDANCE_PROFIT_RATE_CAP = 40;

export type GuidanceCode =
  | 'fixed_fee_above_guidance'
  | 'net_sales_rate_above_guidance'
  | 'profit_rate_above_guidance';

const UNCONFIRMED = '（据报道的国家知识产权局指导标准，尚未正式确认）';
const UNCONFIRMED_EN = "CNIPA's reported guidance, not officially confirmed";

function fixedFee(royalty: Royalty): { field: string; fen: number } | null {
  switch (royalty.method) {
    case 'lump_sum':
      return { field: 'royalty.amountFen', fen: royalty.amountFen };
    case 'entry_fee_plus_royalty':
      return { field: 'royalty.entryFeeFen', fen: royalty.entryFeeFen };
    case 'instalments':
      return { field: 'royalty.totalFen', fen: royalty.totalFen };
    default:
      return null;
  }
}

/**
 * Warnings, not errors, for a price outside CNIPA's reported guidance: a fixed fee above about ¥20 million,
 * more than 20 % of net sales or 40 % of profit. The listing may still be declared.
 */
export function royaltyGuidanceWarnings(royalty: Royalty): Issue[] {
  const warnings: Issue[] = [];
  const fee = fixedFee(royalty);
  if (fee !== null && fee.fen > GUIDANCE_FIXED_FEE_CAP_FEN) {
    const amount = formatFen(fee.fen);
    warnings.push({
      code: 'fixed_fee_above_guidance',
      field: fee.field,
      message: `固定费用 ${amount} 高于约 ¥20,000,000 的上限${UNCONFIRMED}，请确认定价或补充估算说明 / fixed fee ${amount} is above about ¥20,000,000 (${UNCONFIRMED_EN}); check the price or explain it in the estimation note`,
    });
  }
  if (royalty.method !== 'running_royalty' && royalty.method !== 'entry_fee_plus_royalty') return warnings;
  const rate = royalty.ratePercent;
  if (rate === undefined) return warnings;
  if (royalty.base === 'net_sales' && rate > GUIDANCE_NET_SALES_RATE_CAP) {
    warnings.push({
      code: 'net_sales_rate_above_guidance',
      field: 'royalty.ratePercent',
      message: `净销售额提成比例 ${rate}% 高于约 20% 的上限${UNCONFIRMED}，请确认 / ${rate}% of net sales is above about 20% (${UNCONFIRMED_EN}); please check`,
    });
  }
  if (royalty.base === 'profit' && rate > GUIDANCE_PROFIT_RATE_CAP) {
    warnings.push({
      code: 'profit_rate_above_guidance',
      field: 'royalty.ratePercent',
      message: `利润提成比例 ${rate}% 高于约 40% 的上限${UNCONFIRMED}，请确认 / ${rate}% of profit is above about 40% (${UNCONFIRMED_EN}); please check`,
    });
  }
  return warnings;
}
