import { MATCH_REASON_CODES, type MatchReason } from '@openlicense/domain/push/match-reason';
import { describe, expect, it } from 'vitest';
import type { MatchExplanation, SignalExplanation } from '../api/pushes.ts';
import { type Locale, messages } from '../i18n/messages.ts';
import { headlinePhrase, reasonPhrase, signalChips } from './match-reasons.ts';
import { isPhrase, isPhraseData, type Phrase, type PhraseParam, phraseParts, phraseText } from './phrase.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** One reason of every code, with the parameters the engine sends (people's words in Chinese, as in the demo). */
const SAMPLES: Readonly<Record<(typeof MATCH_REASON_CODES)[number], MatchReason['params']>> = {
  text_terms: { terms: ['锂离子电池', '隔膜'] },
  text_none: {},
  ipc_listing_unstated: {},
  ipc_different: { need: ['H01M'], listing: ['B66C', 'B66D'] },
  ipc_same: { code: 'H01M 50/403' },
  ipc_shared: { level: 'subclass', shared: 'H01M', needCode: 'H01M 4/525', listingCode: 'H01M 50/403' },
  chain_need_unstated: {},
  chain_listing_unstated: {},
  chain_shared: { chains: ['新能源汽车'] },
  chain_different: { need: ['工程机械'], listing: ['新材料', '电子信息'] },
  price_period_over: {},
  price: {
    cost: 'fee',
    years: 3,
    fixedFen: 4_800_000,
    budget: 'within',
    maxFen: 20_000_000,
    runningBase: 'net_sales',
    runningRatePercent: 3,
  },
  deal_type_accepts: { dealTypes: ['open_license', 'ordinary_license'] },
  deal_type_excludes: { dealTypes: ['transfer'] },
  region_same_city: { region: '430100' },
  region_same_province: { region: '430000' },
  region_different: { need: '430000', holder: '440000' },
  feedback_penalised: { codes: ['H01M', 'B66C'], times: ['2', '1'] },
};

const reasons = MATCH_REASON_CODES.map((code) => ({ code, params: SAMPLES[code] }));

/** The message ids a phrase uses, nested ones included. */
function ids(param: PhraseParam): string[] {
  if (typeof param !== 'object' || isPhraseData(param)) return [];
  if (isPhrase(param)) return [param.id, ...Object.values(param.params ?? {}).flatMap(ids)];
  return param.list.flatMap(ids);
}

/** A phrase's text without people's own words. */
function withoutData(phrase: Phrase, locale: Locale): string {
  const text = (part: ReturnType<typeof phraseParts>[number]): string =>
    'text' in part ? part.text : 'data' in part ? '' : part.parts.map(text).join('');
  return phraseParts(phrase, locale).map(text).join('');
}

describe('match reasons', () => {
  it('phrase every reason code the engine sends from messages in both languages', () => {
    for (const reason of reasons) {
      const used = ids(reasonPhrase(reason, 'en'));
      expect(used.length, reason.code).toBeGreaterThan(0);
      for (const id of used) {
        expect(
          messages['zh-CN'][id as keyof (typeof messages)['zh-CN']],
          `${reason.code}: ${id}`,
        ).toBeTruthy();
        expect(messages.en[id as keyof (typeof messages)['en']], `${reason.code}: ${id}`).toBeTruthy();
      }
    }
  });

  it('reads English with no Chinese but people’s own words, for every code', () => {
    for (const reason of reasons) {
      const phrase = reasonPhrase(reason, 'en');
      expect(withoutData(phrase, 'en'), reason.code).not.toMatch(CJK);
    }
  });

  it('reads Chinese with no English words beyond codes and people’s words', () => {
    for (const reason of reasons) {
      const text = withoutData(reasonPhrase(reason, 'zh-CN'), 'zh-CN');
      expect(text.replace(/IPC|[A-Z]\d\d[A-Z]( \d+\/\d+)?/g, ''), reason.code).not.toMatch(/[a-z]{3,}/);
    }
  });

  it('says the same as the engine’s Chinese sentence in Chinese, and its own in English', () => {
    // Prepare
    const region = { code: 'region_same_city', params: { region: '430100' } } as const;
    const price = { code: 'price', params: SAMPLES.price } as const;

    // Assess
    expect(phraseText(reasonPhrase(region, 'zh-CN'), 'zh-CN')).toBe('需求方与专利权人同在长沙市');
    expect(phraseText(reasonPhrase(region, 'en'), 'en')).toBe('Need and holder are both in Changsha');
    expect(phraseText(reasonPhrase(price, 'zh-CN'), 'zh-CN')).toBe(
      '按需求的 3 年期限，许可费 4.8万元，另按净销售额 3% 提成（4.8万元 / 20万元 预算），在预算之内',
    );
    expect(phraseText(reasonPhrase(price, 'en'), 'en')).toBe(
      'Over the need’s 3 years, fees of ¥48,000, plus 3% of net sales (¥48,000 / ¥200,000 budget), within budget',
    );
  });

  it('joins lists the locale’s way and keeps the words people wrote as they wrote them', () => {
    const terms: MatchReason = { code: 'text_terms', params: { terms: ['电池', '隔膜', '耐热'] } };
    expect(phraseText(reasonPhrase(terms, 'en'), 'en')).toBe('Keywords in common: 电池, 隔膜, and 耐热');
    expect(phraseText(reasonPhrase(terms, 'zh-CN'), 'zh-CN')).toBe('共同关键词：电池、隔膜、耐热');
  });

  it('phrases the chips of prices, deal types and regions, and keeps terms as data', () => {
    const signal = (reason: MatchReason, evidence: string[]): SignalExplanation => ({
      signal: 'region',
      contribution: 5,
      evidence,
      text: '',
      reason,
    });
    expect(
      signalChips(signal({ code: 'region_same_city', params: { region: '430100' } }, ['长沙市']), 'en'),
    ).toEqual(['Changsha']);
    expect(signalChips(signal({ code: 'text_terms', params: { terms: ['隔膜'] } }, ['隔膜']), 'en')).toEqual([
      { data: '隔膜' },
    ]);
  });

  it('builds the one-liner from the headline, and leaves an older stored match to its Chinese summary', () => {
    // Prepare
    const explanation: MatchExplanation = {
      summary: '匹配度 80.0 分（专利，中南大学）：同属产业链：新能源汽车',
      headline: { score: 80, listingKind: 'listing', holderName: '中南大学', reasons: ['chain'] },
      signals: [
        {
          signal: 'chain',
          contribution: 10,
          evidence: ['新能源汽车'],
          text: '同属产业链：新能源汽车',
          reason: { code: 'chain_shared', params: { chains: ['新能源汽车'] } },
        },
      ],
    };

    // Act
    const english = headlinePhrase(explanation, 'en');

    // Assess
    expect(english && phraseText(english, 'en')).toBe(
      'Score 80.0 (patent, 中南大学): Same industry chain: 新能源汽车',
    );
    expect(english && withoutData(english, 'en')).not.toMatch(CJK);
    const chinese = headlinePhrase(explanation, 'zh-CN');
    expect(chinese && phraseText(chinese, 'zh-CN')).toBe(explanation.summary);
    expect(headlinePhrase({ summary: '旧', signals: [] }, 'en')).toBeNull();
  });
});
