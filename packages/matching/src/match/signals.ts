import {
  addDays,
  addYears,
  calculateRoyalty,
  DEAL_TYPE_LABELS,
  type DealType,
  IPC_LEVEL_CODES,
  type MatchReason,
  matchReason,
  PREFECTURES,
  PROVINCES,
  type Royalty,
} from '@openlicense/domain';
import { bestIpcAgreement, IPC_LEVEL_NAMES } from './ipc.ts';
import { formatYuan } from './money.ts';
import type { FeedbackAdjustments, MatchSignal, SignalExplanation } from './types.ts';

/** The most points each signal can add; together 100. */
export const SIGNAL_POINTS: Readonly<Record<Exclude<MatchSignal, 'feedback'>, number>> = {
  text: 50,
  ipc: 20,
  chain: 10,
  price: 10,
  dealType: 5,
  region: 5,
};

/** Points taken per "wrong field" answer in one IPC subclass, and at most in all. */
export const FEEDBACK_PENALTY_PER_ANSWER = 15;
export const FEEDBACK_PENALTY_MAX = 45;

/** Years of licence a need's budget is compared against. */
export const PRICE_HORIZON_YEARS = 3;

/** A signal that knows nothing either way (no budget, no chains) gives this share of its points. */
export const UNKNOWN_SHARE = 0.5;

export const round1 = (value: number) => Math.round(value * 10) / 10;

export function signal(
  name: MatchSignal,
  contribution: number,
  evidence: string[],
  text: string,
  reason: MatchReason,
): SignalExplanation {
  return { signal: name, contribution: round1(contribution), evidence, text, reason };
}

// ---------------------------------------------------------------- text

/** Share of the text points for a score `ratio` of the best the query could score (0–1). */
export function textShare(ratio: number): number {
  return ratio <= 0 ? 0 : 1 - Math.exp(-ratio / TEXT_RATIO_SCALE);
}

/** A document scoring this share of the query's best score gets 63 % of the text points. */
export const TEXT_RATIO_SCALE = 0.25;

export function explainText(share: number, terms: readonly string[]): SignalExplanation {
  const shown = terms.slice(0, 8);
  const text = shown.length === 0 ? '文本相关度低，无明显共同关键词' : `共同关键词：${shown.join('、')}`;
  const reason = shown.length === 0 ? matchReason('text_none') : matchReason('text_terms', { terms: shown });
  return signal('text', share * SIGNAL_POINTS.text, shown, text, reason);
}

// ---------------------------------------------------------------- IPC

/**
 * IPC agreement counts only when the need states its IPC. A listing that gives none is not
 * penalised for it: it gets {@link UNKNOWN_SHARE}, as a signal that knows nothing either way.
 */
export function ipcShare(needIpc: readonly string[], listingIpc: readonly string[]): number {
  if (needIpc.length === 0) return 0;
  if (listingIpc.length === 0) return UNKNOWN_SHARE;
  return bestIpcAgreement(needIpc, listingIpc)?.similarity ?? 0;
}

/** The IPC sentence, only when the need states IPC (an unstated IPC is no evidence either way). */
export function explainIpc(
  needIpc: readonly string[],
  listingIpc: readonly string[],
): SignalExplanation | undefined {
  if (needIpc.length === 0) return undefined;
  const points = ipcShare(needIpc, listingIpc) * SIGNAL_POINTS.ipc;
  if (listingIpc.length === 0)
    return signal('ipc', points, [], '专利未填 IPC 分类号，不作比较', matchReason('ipc_listing_unstated'));
  const agreement = bestIpcAgreement(needIpc, listingIpc);
  if (agreement === undefined) {
    return signal(
      'ipc',
      0,
      [],
      `IPC 不同（需求 ${needIpc.slice(0, 3).join('、')}；专利 ${listingIpc.slice(0, 3).join('、')}）`,
      matchReason('ipc_different', { need: needIpc.slice(0, 3), listing: listingIpc.slice(0, 3) }),
    );
  }
  const level = IPC_LEVEL_NAMES[agreement.level]!;
  const same = agreement.needCode === agreement.listingCode;
  const identical = agreement.level === 4 || same;
  const text = identical
    ? `IPC 分类号相同：${agreement.listingCode}`
    : `IPC 同属${level} ${agreement.shared}（需求 ${agreement.needCode}，专利 ${agreement.listingCode}）`;
  const reason = identical
    ? matchReason('ipc_same', { code: agreement.listingCode })
    : matchReason('ipc_shared', {
        level: IPC_LEVEL_CODES[agreement.level] ?? 'section',
        shared: agreement.shared,
        needCode: agreement.needCode,
        listingCode: agreement.listingCode,
      });
  return signal('ipc', points, [agreement.shared], text, reason);
}

// ---------------------------------------------------------------- industry chain

export function chainShare(needChains: readonly string[], listingChains: readonly string[]): number {
  if (needChains.length === 0 || listingChains.length === 0) return UNKNOWN_SHARE;
  return sharedChains(needChains, listingChains).length > 0 ? 1 : 0;
}

function sharedChains(needChains: readonly string[], listingChains: readonly string[]): string[] {
  const listing = new Set(listingChains.map((c) => c.trim()));
  return [...new Set(needChains.map((c) => c.trim()))].filter((c) => listing.has(c));
}

export function explainChain(
  needChains: readonly string[],
  listingChains: readonly string[],
): SignalExplanation {
  const share = chainShare(needChains, listingChains);
  const points = share * SIGNAL_POINTS.chain;
  if (needChains.length === 0)
    return signal('chain', points, [], '需求未标注产业链', matchReason('chain_need_unstated'));
  if (listingChains.length === 0)
    return signal('chain', points, [], '专利未标注产业链', matchReason('chain_listing_unstated'));
  const shared = sharedChains(needChains, listingChains);
  const text =
    shared.length > 0
      ? `同属产业链：${shared.join('、')}`
      : `产业链不同（需求：${needChains.join('、')}；专利：${listingChains.join('、')}）`;
  const reason =
    shared.length > 0
      ? matchReason('chain_shared', { chains: shared })
      : matchReason('chain_different', { need: [...needChains], listing: [...listingChains] });
  return signal('chain', points, shared, text, reason);
}

// ---------------------------------------------------------------- price

export interface LicenceCost {
  /** Fixed fees (lump sum, entry fee, instalments) within the horizon, in fen. */
  readonly fixedFen: number;
  /** The running royalty, in words, when there is one: '另按净销售额 3% 提成'. */
  readonly running?: string;
  /** The running royalty's terms, when there is one, for a reason's parameters. */
  readonly runningTerms?: {
    readonly base: 'net_sales' | 'profit' | 'per_unit';
    readonly ratePercent?: number;
    readonly perUnitFen?: number;
  };
  /** Last day of the horizon the cost covers, or undefined when the licence period is over. */
  readonly until?: string;
  readonly free: boolean;
}

/**
 * The calculator owes an instalment due after the period in its last year; one due after the need's
 * horizon is simply not paid within it, so it is left out when the horizon (not the period) ends first.
 */
function withinHorizon(royalty: Royalty, horizonClipped: boolean): Royalty {
  if (royalty.method !== 'instalments' || !horizonClipped) return royalty;
  const schedule = royalty.schedule.filter((i) => i.dueAfterMonths < PRICE_HORIZON_YEARS * 12);
  if (schedule.length === 0) return { method: 'free' };
  return { ...royalty, schedule, totalFen: schedule.reduce((sum, i) => sum + i.amountFen, 0) };
}

/** What the open licence costs from `today` over {@link PRICE_HORIZON_YEARS} years, by the domain calculator. */
export function licenceCost(
  royalty: Royalty,
  period: { start: string; end: string },
  today: string,
): LicenceCost {
  const start = period.start > today ? period.start : today;
  const horizonEnd = addDays(addYears(start, PRICE_HORIZON_YEARS), -1);
  const end = period.end < horizonEnd ? period.end : horizonEnd;
  const free = royalty.method === 'free';
  let running: Pick<LicenceCost, 'running' | 'runningTerms'> = {};
  if (royalty.method === 'running_royalty' || royalty.method === 'entry_fee_plus_royalty') {
    running =
      royalty.base === 'per_unit'
        ? {
            running: `另按件提成每件 ${formatYuan(royalty.perUnitFen ?? 0)}`,
            runningTerms: { base: 'per_unit', perUnitFen: royalty.perUnitFen ?? 0 },
          }
        : {
            running: `另按${royalty.base === 'net_sales' ? '净销售额' : '利润'} ${royalty.ratePercent ?? 0}% 提成`,
            runningTerms: { base: royalty.base, ratePercent: royalty.ratePercent ?? 0 },
          };
  }
  if (end < start) return { fixedFen: 0, ...running, free };
  const fixedFen = calculateRoyalty(withinHorizon(royalty, end === horizonEnd), { start, end }, {}).totalFen;
  return { fixedFen, ...running, until: end, free };
}

/** Within budget: all; up to half over: falling to 0 linearly; no budget: {@link UNKNOWN_SHARE}. */
export function priceShare(
  cost: LicenceCost,
  budget: { minFen: number; maxFen: number } | undefined,
): number {
  if (budget === undefined) return UNKNOWN_SHARE;
  if (cost.fixedFen <= budget.maxFen) return 1;
  const over = cost.fixedFen - budget.maxFen;
  const tolerance = budget.maxFen * 0.5;
  return tolerance <= 0 ? 0 : Math.max(0, 1 - over / tolerance) * 0.5;
}

export function explainPrice(
  cost: LicenceCost,
  budget: { minFen: number; maxFen: number } | undefined,
): SignalExplanation {
  const share = priceShare(cost, budget);
  const points = share * SIGNAL_POINTS.price;
  const running = cost.running === undefined ? '' : `，${cost.running}`;
  if (cost.until === undefined)
    return signal('price', points, [], '许可期已届满，无从计价', matchReason('price_period_over'));
  // A pure running royalty has no fixed fee to set against a budget: it is described as what it is.
  const royaltyOnly = !cost.free && cost.fixedFen === 0 && cost.running !== undefined;
  const costText = cost.free
    ? '免费许可'
    : royaltyOnly
      ? `纯提成许可（${cost.running}），无固定许可费`
      : `按需求的 ${PRICE_HORIZON_YEARS} 年期限，许可费 ${formatYuan(cost.fixedFen)}${running}`;
  const reason = (verdict: 'none' | 'within' | 'over') =>
    matchReason('price', {
      cost: cost.free ? 'free' : royaltyOnly ? 'royalty_only' : 'fee',
      years: PRICE_HORIZON_YEARS,
      fixedFen: cost.fixedFen,
      budget: verdict,
      maxFen: budget?.maxFen,
      runningBase: cost.runningTerms?.base,
      runningRatePercent: cost.runningTerms?.ratePercent,
      runningPerUnitFen: cost.runningTerms?.perUnitFen,
    });
  if (budget === undefined) {
    const chips = royaltyOnly ? [] : [formatYuan(cost.fixedFen)];
    return signal('price', points, chips, `${costText}；需求未填预算`, reason('none'));
  }
  if (royaltyOnly) {
    const chip = `${formatYuan(budget.maxFen)} 预算`;
    return signal(
      'price',
      points,
      [chip],
      `${costText}；提成随实施后的销售额计算，需按预计销售额与预算（${formatYuan(budget.maxFen)}）核算`,
      reason('within'),
    );
  }
  const evidence = `${formatYuan(cost.fixedFen)} / ${formatYuan(budget.maxFen)} 预算`;
  const within = cost.fixedFen <= budget.maxFen;
  const verdict = within ? '在预算之内' : '超出预算';
  return signal(
    'price',
    points,
    [evidence],
    `${costText}（${evidence}），${verdict}`,
    reason(within ? 'within' : 'over'),
  );
}

// ---------------------------------------------------------------- deal type

/** Listings are open licences: they suit a need that takes an open or an ordinary licence. */
export const COMPATIBLE_DEAL_TYPES: readonly DealType[] = ['open_license', 'ordinary_license'];

/**
 * Whether a need takes an open or ordinary licence at all (a need that names no deal type takes
 * any). A need that excludes them is never matched with a listing: an open licence is all a listing offers.
 */
export function acceptsOpenLicence(dealTypes: readonly DealType[]): boolean {
  return dealTypes.length === 0 || dealTypes.some((t) => COMPATIBLE_DEAL_TYPES.includes(t));
}

export function dealTypeShare(dealTypes: readonly DealType[]): number {
  return dealTypes.some((t) => COMPATIBLE_DEAL_TYPES.includes(t)) ? 1 : 0;
}

export function explainDealType(dealTypes: readonly DealType[]): SignalExplanation {
  const share = dealTypeShare(dealTypes);
  const accepted = dealTypes.map((t) => DEAL_TYPE_LABELS[t]);
  const compatible = dealTypes.filter((t) => COMPATIBLE_DEAL_TYPES.includes(t));
  const text =
    share > 0
      ? `需求接受${accepted.filter((_, i) => COMPATIBLE_DEAL_TYPES.includes(dealTypes[i]!)).join('、')}，与开放许可相符`
      : `需求只接受${accepted.join('、') || '其他方式'}，开放许可不在其中`;
  const reason =
    share > 0
      ? matchReason('deal_type_accepts', { dealTypes: compatible })
      : matchReason('deal_type_excludes', { dealTypes: [...dealTypes] });
  return signal('dealType', share * SIGNAL_POINTS.dealType, accepted, text, reason);
}

// ---------------------------------------------------------------- region

export function regionShare(needRegion: string, listingRegion: string): number {
  if (needRegion.slice(0, 4) === listingRegion.slice(0, 4)) return 1;
  if (needRegion.slice(0, 2) === listingRegion.slice(0, 2)) return 0.6;
  return 0;
}

const provinceName = (code: string) => PROVINCES[code.slice(0, 2)] ?? `${code.slice(0, 2)}0000`;
const cityName = (code: string) => PREFECTURES[`${code.slice(0, 4)}00`] ?? `${code.slice(0, 4)}00`;

export function explainRegion(needRegion: string, listingRegion: string): SignalExplanation {
  const share = regionShare(needRegion, listingRegion);
  const points = share * SIGNAL_POINTS.region;
  if (share === 1) {
    const city = cityName(needRegion);
    const region = `${needRegion.slice(0, 4)}00`;
    return signal(
      'region',
      points,
      [city],
      `需求方与专利权人同在${city}`,
      matchReason('region_same_city', { region }),
    );
  }
  if (share > 0) {
    const province = provinceName(needRegion);
    const region = `${needRegion.slice(0, 2)}0000`;
    return signal(
      'region',
      points,
      [province],
      `需求方与专利权人同在${province}`,
      matchReason('region_same_province', { region }),
    );
  }
  const need = provinceName(needRegion);
  const holder = provinceName(listingRegion);
  return signal(
    'region',
    points,
    [need, holder],
    `需求方在${need}，专利权人在${holder}`,
    matchReason('region_different', {
      need: `${needRegion.slice(0, 2)}0000`,
      holder: `${listingRegion.slice(0, 2)}0000`,
    }),
  );
}

// ---------------------------------------------------------------- feedback

/** Subclasses of the listing the enterprise called the wrong field, with the times it did. */
export function penalisedSubclasses(
  adjustments: FeedbackAdjustments | undefined,
  subclasses: readonly string[],
): [string, number][] {
  if (adjustments === undefined) return [];
  const found: [string, number][] = [];
  for (const code of subclasses) {
    const times = adjustments.penalisedIpc[code];
    if (times !== undefined && times > 0) found.push([code, times]);
  }
  return found;
}

export function feedbackPenalty(penalised: readonly (readonly [string, number])[]): number {
  let points = 0;
  for (const [, times] of penalised) points += Math.min(3, times) * FEEDBACK_PENALTY_PER_ANSWER;
  return Math.min(FEEDBACK_PENALTY_MAX, points);
}

export function explainFeedback(penalised: readonly (readonly [string, number])[]): SignalExplanation {
  const codes = penalised.map(([code]) => code);
  const times =
    penalised.length === 1
      ? `${penalised[0]![1]} 次`
      : penalised.map(([code, n]) => `${code} ${n} 次`).join('、');
  return signal(
    'feedback',
    -feedbackPenalty(penalised),
    codes,
    `该企业曾反馈 ${codes.join('、')} 领域不对口（${times}），已降权`,
    matchReason('feedback_penalised', { codes, times: penalised.map(([, n]) => String(n)) }),
  );
}
