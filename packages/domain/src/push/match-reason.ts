import * as z from 'zod/mini';

/**
 * Why a match signal scored what it did, as a code with parameters, so each reader's screen phrases it in
 * its own language (the Chinese `text` beside it stays for e-mails and exports). Parameters are facts, not
 * words: terms, IPC codes and chain names as the parties wrote them, region codes (`430100`), deal-type
 * codes, amounts in fen, IPC levels and royalty bases as codes.
 *
 * - `text_terms` `{ terms }` / `text_none`
 * - `ipc_listing_unstated` / `ipc_different` `{ need, listing }` / `ipc_same` `{ code }` /
 *   `ipc_shared` `{ level, shared, needCode, listingCode }` (`level` one of {@link IPC_LEVEL_CODES})
 * - `chain_need_unstated` / `chain_listing_unstated` / `chain_shared` `{ chains }` / `chain_different` `{ need, listing }`
 * - `price_period_over` / `price` `{ cost: 'free' | 'fee' | 'royalty_only', years, fixedFen, budget: 'none' | 'within' | 'over',
 *   maxFen?, runningBase?: 'net_sales' | 'profit' | 'per_unit', runningRatePercent?, runningPerUnitFen? }`
 * - `deal_type_accepts` `{ dealTypes }` (the compatible ones) / `deal_type_excludes` `{ dealTypes }`
 * - `region_same_city` `{ region }` / `region_same_province` `{ region }` / `region_different` `{ need, holder }`
 * - `feedback_penalised` `{ codes, times }` (times per code, as strings)
 */
export const MATCH_REASON_CODES = [
  'text_terms',
  'text_none',
  'ipc_listing_unstated',
  'ipc_different',
  'ipc_same',
  'ipc_shared',
  'chain_need_unstated',
  'chain_listing_unstated',
  'chain_shared',
  'chain_different',
  'price_period_over',
  'price',
  'deal_type_accepts',
  'deal_type_excludes',
  'region_same_city',
  'region_same_province',
  'region_different',
  'feedback_penalised',
] as const;
export const MatchReasonCodeSchema = z.enum(MATCH_REASON_CODES);
export type MatchReasonCode = z.infer<typeof MatchReasonCodeSchema>;

/** IPC hierarchy levels, shallowest first (部, 大类, 小类, 大组, 小组). */
export const IPC_LEVEL_CODES = ['section', 'class', 'subclass', 'main_group', 'subgroup'] as const;
export type IpcLevelCode = (typeof IPC_LEVEL_CODES)[number];

export const MatchReasonParamSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type MatchReasonParam = z.infer<typeof MatchReasonParamSchema>;

export const MatchReasonSchema = z.object({
  code: MatchReasonCodeSchema,
  params: z.record(z.string(), MatchReasonParamSchema),
});
export type MatchReason = z.infer<typeof MatchReasonSchema>;

/** A reason with its parameters; parameters left undefined are left out. */
export function matchReason(
  code: MatchReasonCode,
  params: Readonly<Record<string, MatchReasonParam | undefined>> = {},
): MatchReason {
  const kept: Record<string, MatchReasonParam> = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) kept[name] = value;
  return { code, params: kept };
}
