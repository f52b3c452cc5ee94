import type { MatchExplanation, SignalExplanation } from '../api/pushes.ts';
import { getLocale, type Locale, type MessageKey } from '../i18n/messages.ts';
import { formatAmount } from './money.ts';
import { data, type Phrase, type PhraseParam } from './phrase.ts';
import { regionName } from './region-name.ts';

type Reason = NonNullable<SignalExplanation['reason']>;
type Params = Reason['params'];

const text = (params: Params, name: string): string => {
  const value = params[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const num = (params: Params, name: string): number | undefined => {
  const value = params[name];
  return typeof value === 'number' ? value : undefined;
};
const strings = (params: Params, name: string): string[] => {
  const value = params[name];
  return Array.isArray(value) ? value : [];
};
/** People's words (terms, chain names) as a list of data. */
const dataList = (items: readonly string[]): PhraseParam => ({ list: items.map(data) });
/** Codes (IPC) as a list: Latin already, the same in every language. */
const codeList = (items: readonly string[]): PhraseParam => ({ list: items });

function dealTypes(types: readonly string[]): PhraseParam {
  if (types.length === 0) return { id: 'match.dealType.other' };
  return { list: types.map((type) => ({ id: `need.deal.${type}` as MessageKey })) };
}

function priceCost(params: Params, locale: Locale): Phrase {
  const cost: Phrase =
    text(params, 'cost') === 'free'
      ? { id: 'match.price.free' }
      : {
          id: 'match.price.fee',
          params: {
            years: num(params, 'years') ?? 3,
            fee: formatAmount(num(params, 'fixedFen') ?? 0, locale),
          },
        };
  const base = text(params, 'runningBase');
  if (!base) return cost;
  const running = runningPhrase(params, base, locale);
  // A pure running royalty has no fixed fee: it is described as what it is, never as a fee of 0.
  if (text(params, 'cost') === 'royalty_only') return { id: 'match.price.royaltyOnly', params: { running } };
  return { id: 'match.price.withRunning', params: { cost, running } };
}

function runningPhrase(params: Params, base: string, locale: Locale): Phrase {
  return base === 'per_unit'
    ? {
        id: 'match.price.runningPerUnit',
        params: { fee: formatAmount(num(params, 'runningPerUnitFen') ?? 0, locale) },
      }
    : {
        id: 'match.price.runningRate',
        params: {
          rate: num(params, 'runningRatePercent') ?? 0,
          base: { id: `match.price.base.${base}` as MessageKey },
        },
      };
}

function pricePhrase(params: Params, locale: Locale): Phrase {
  const cost = priceCost(params, locale);
  const budget = text(params, 'budget');
  if (budget !== 'within' && budget !== 'over') return { id: 'match.price.none', params: { cost } };
  if (text(params, 'cost') === 'royalty_only')
    return {
      id: 'match.price.royaltyOnlyBudget',
      params: { cost, budget: formatAmount(num(params, 'maxFen') ?? 0, locale) },
    };
  return {
    id: budget === 'within' ? 'match.price.within' : 'match.price.over',
    params: {
      cost,
      fee: formatAmount(num(params, 'fixedFen') ?? 0, locale),
      budget: formatAmount(num(params, 'maxFen') ?? 0, locale),
    },
  };
}

/** A match reason (code and parameters) as a sentence in the reader's language. */
export function reasonPhrase(reason: Reason, locale: Locale = getLocale()): Phrase {
  const p = reason.params;
  const id = `match.reason.${reason.code}` as MessageKey;
  switch (reason.code) {
    case 'text_terms':
      return { id, params: { terms: dataList(strings(p, 'terms')) } };
    case 'ipc_different':
      return { id, params: { need: codeList(strings(p, 'need')), listing: codeList(strings(p, 'listing')) } };
    case 'ipc_same':
      return { id, params: { code: text(p, 'code') } };
    case 'ipc_shared':
      return {
        id,
        params: {
          level: { id: `match.ipcLevel.${text(p, 'level') || 'section'}` as MessageKey },
          shared: text(p, 'shared'),
          needCode: text(p, 'needCode'),
          listingCode: text(p, 'listingCode'),
        },
      };
    case 'chain_shared':
      return { id, params: { chains: dataList(strings(p, 'chains')) } };
    case 'chain_different':
      return { id, params: { need: dataList(strings(p, 'need')), listing: dataList(strings(p, 'listing')) } };
    case 'price':
      return pricePhrase(p, locale);
    case 'deal_type_accepts':
    case 'deal_type_excludes':
      return { id, params: { types: dealTypes(strings(p, 'dealTypes')) } };
    case 'region_same_city':
    case 'region_same_province':
      return { id, params: { region: regionName(text(p, 'region'), locale) } };
    case 'region_different':
      return {
        id,
        params: { need: regionName(text(p, 'need'), locale), holder: regionName(text(p, 'holder'), locale) },
      };
    case 'feedback_penalised': {
      const codes = strings(p, 'codes');
      const times = strings(p, 'times');
      const timesParam: PhraseParam =
        codes.length === 1
          ? { id: 'match.feedback.times', params: { count: times[0] ?? '' } }
          : {
              list: codes.map((code, i) => ({
                id: 'match.feedback.codeTimes' as MessageKey,
                params: { code, count: times[i] ?? '' },
              })),
            };
      return { id, params: { codes: codeList(codes), times: timesParam } };
    }
    default:
      return { id };
  }
}

/** A signal's sentence: phrased from its reason, or (a match stored before reasons) its Chinese text as data. */
export function signalPhrase(signal: SignalExplanation, locale: Locale = getLocale()): Phrase | null {
  return signal.reason ? reasonPhrase(signal.reason, locale) : null;
}

/**
 * The chips beside a signal: people's words (terms, chains) and codes as stored; prices, deal types and
 * regions phrased in the reader's language from the reason.
 */
export function signalChips(signal: SignalExplanation, locale: Locale = getLocale()): PhraseParam[] {
  const reason = signal.reason;
  if (!reason) return signal.evidence.map(data);
  const p = reason.params;
  switch (reason.code) {
    case 'price': {
      const fee = formatAmount(num(p, 'fixedFen') ?? 0, locale);
      if (text(p, 'cost') === 'royalty_only')
        return text(p, 'budget') === 'none'
          ? []
          : [
              {
                id: 'match.price.budgetOnly',
                params: { budget: formatAmount(num(p, 'maxFen') ?? 0, locale) },
              },
            ];
      if (text(p, 'budget') === 'none') return [fee];
      return [
        { id: 'match.price.evidence', params: { fee, budget: formatAmount(num(p, 'maxFen') ?? 0, locale) } },
      ];
    }
    case 'deal_type_accepts':
    case 'deal_type_excludes':
      return strings(p, 'dealTypes').map((type) => ({ id: `need.deal.${type}` as MessageKey }));
    case 'region_same_city':
    case 'region_same_province':
      return [regionName(text(p, 'region'), locale)];
    case 'region_different':
      return [regionName(text(p, 'need'), locale), regionName(text(p, 'holder'), locale)];
    case 'ipc_same':
    case 'ipc_shared':
    case 'feedback_penalised':
      return signal.evidence;
    default:
      return signal.evidence.map(data);
  }
}

/**
 * The one-liner in the reader's language: score, what was matched and whose, and the sentences of the signals
 * the engine chose; `null` for a match stored before the engine sent these facts.
 */
export function headlinePhrase(explanation: MatchExplanation, locale: Locale = getLocale()): Phrase | null {
  const headline = explanation.headline;
  if (!headline) return null;
  const reasons: PhraseParam[] = [];
  for (const name of headline.reasons) {
    const signal = explanation.signals.find((s) => s.signal === name);
    const phrase = signal ? signalPhrase(signal, locale) : null;
    if (phrase) reasons.push(phrase);
    else if (signal) reasons.push(data(signal.text));
  }
  return {
    id: 'match.summary',
    params: {
      score: headline.score.toFixed(1),
      kind: { id: headline.listingKind === 'bundle' ? 'match.kind.bundle' : 'match.kind.listing' },
      holder: data(headline.holderName),
      reasons: { list: reasons, separator: 'match.reasonSeparator' },
    },
  };
}
