import { EVIDENCE_KINDS } from '@openlicense/domain/evidence/evidence';
import {
  DEFAULT_QUOTA_TARGET_VALUES,
  QUOTA_BASIS_CODES,
  QUOTA_EITHER_KEYS,
  QUOTA_KEYS,
  QUOTA_UNIT_CODES,
  quotaTargetsFor,
} from '@openlicense/domain/quota/targets';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwaitingItem } from '../api/confirmations.ts';
import type { EvidenceEntry, QuotaTargetView } from '../api/quotas.ts';
import { type Locale, type MessageKey, messages, setLocale } from '../i18n/messages.ts';
import { phraseParts, phraseText } from './phrase.ts';
import {
  awaitingTitle,
  chainFinding,
  evidenceSummary,
  quotaBasis,
  quotaFigure,
  quotaLabel,
} from './quota-wording.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const has = (locale: Locale, key: string) => Boolean(messages[locale][key as MessageKey]);

function view(definition: ReturnType<typeof quotaTargetsFor>[number]): QuotaTargetView {
  const { either, ...rest } = definition;
  return { ...rest, actual: 0, met: false, ...(either ? { either: { ...either, actual: 0 } } : {}) };
}

afterEach(() => setLocale('zh-CN'));

describe('quota wording', () => {
  it('has a zh-CN and an en message for every target, unit, basis, evidence kind and chain finding code', () => {
    const keys = [
      ...QUOTA_KEYS.map((key) => `quota.label.${key}`),
      ...QUOTA_EITHER_KEYS.map((key) => `quota.eitherLabel.${key}`),
      ...QUOTA_UNIT_CODES.filter((code) => code !== 'fen').map((code) => `quota.unit.${code}`),
      ...QUOTA_BASIS_CODES.map((code) => `quota.basis.${code}`),
      ...EVIDENCE_KINDS.map((kind) => `evidence.kind.${kind}`),
      ...['missing_entry', 'prev_hash_mismatch', 'hash_mismatch'].map(
        (reason) => `quota.chainReason.${reason}`,
      ),
    ];
    for (const key of keys) {
      expect(has('zh-CN', key), key).toBe(true);
      expect(has('en', key), key).toBe(true);
    }
  });

  it('names, measures and explains every role’s targets in English without a Chinese character', () => {
    // Prepare
    setLocale('en');
    const targets = (['agency', 'park', 'enterprise', 'university'] as const).flatMap((type) => [
      ...quotaTargetsFor(type),
      ...quotaTargetsFor(type, DEFAULT_QUOTA_TARGET_VALUES, { conversionCount: 4, conversionFen: 3_000_000 }),
    ]);

    // Act
    const shown = targets
      .map(view)
      .flatMap((target) => [
        quotaLabel(target.key),
        quotaFigure(target.target, target.unitCode, 'en'),
        quotaBasis(target, 'en') ?? '',
      ]);

    // Assess
    expect(shown.filter((text) => CJK.test(text))).toEqual([]);
    expect(shown).toContain('Last year ¥30,000, up 20%');
  });

  it('explains a university’s basis in Chinese without an English tail', () => {
    setLocale('zh-CN');
    const [count, amount] = quotaTargetsFor('university').map(view);
    expect(count && quotaBasis(count, 'zh-CN')).toBe('上年无转化，本年有转化即达标');
    expect(amount && quotaBasis(amount, 'zh-CN')).toBe('上年无转化金额，本年有转化金额即达标');
    const [grown] = quotaTargetsFor('university', DEFAULT_QUOTA_TARGET_VALUES, { conversionCount: 4 }).map(
      view,
    );
    expect(grown && quotaBasis(grown, 'zh-CN')).toBe('上年 4 次，同比增长 20%');
  });

  it('says where a chain broke in the reader’s language, from the reason code', () => {
    const check = {
      orgId: 'o',
      ok: false,
      entries: 3,
      brokenAt: 2,
      reason: 'hash_mismatch' as const,
      checkedAt: '',
    };
    setLocale('en');
    expect(chainFinding(check, 'en')).toBe('entry 2 was altered after it was written');
    setLocale('zh-CN');
    expect(chainFinding(check, 'zh-CN')).toBe('第 2 条证据的内容已被改动');
  });

  it('shows the stored Chinese summary on a Chinese screen and the kind with its subject on an English one', () => {
    // Prepare
    const entry: EvidenceEntry = {
      orgId: 'o',
      kind: 'open_licence',
      subjectId: 'L1',
      actorId: 'u',
      summary: '开放许可生效：一种隔膜（许可费 4.8 万元）',
      data: { listingTitle: '一种隔膜' },
      at: '2026-03-01T00:00:00Z',
      seq: 1,
      year: '2026',
      prevHash: '0'.repeat(64),
      hash: '1'.repeat(64),
    };

    // Act
    const chinese = evidenceSummary(entry, 'zh-CN');
    const english = evidenceSummary(entry, 'en');

    // Assess
    expect(chinese).toBe(entry.summary);
    expect(typeof english === 'string' ? english : phraseText(english, 'en')).toBe(
      'Open licence effective: 一种隔膜',
    );
  });

  it('names a result awaiting confirmation and the organisation’s role in English from its facts, in Chinese as stored', () => {
    // Prepare
    setLocale('en');
    const item: AwaitingItem = {
      kind: 'deal',
      id: 'D1',
      status: 'unconfirmed',
      title: '转让 ZL201710601862.3（中南大学 → 麓谷锂电）',
      role: '供方',
      roleCodes: ['supplier'],
      subject: {
        kind: 'deal',
        dealKind: 'transfer',
        patentNumbers: ['ZL201710601862.3'],
        suppliers: ['中南大学'],
        acquirer: '麓谷锂电',
      },
      counterpart: '麓谷锂电',
      amountFen: 100,
      since: '2026-03-01T00:00:00Z',
      version: 1,
    };

    // Act
    const english = awaitingTitle(item, 'en');

    // Assess
    expect(typeof english).not.toBe('string');
    if (typeof english === 'string') return;
    expect(phraseText(english, 'en')).toBe('Transfer ZL201710601862.3 (中南大学 → 麓谷锂电) (supplier)');
    const generated = phraseParts(english, 'en')
      .flatMap(function flat(part): string[] {
        return 'text' in part ? [part.text] : 'data' in part ? [] : part.parts.flatMap(flat);
      })
      .join('');
    expect(generated).not.toMatch(CJK);
    expect(awaitingTitle(item, 'zh-CN')).toBe('转让 ZL201710601862.3（中南大学 → 麓谷锂电）（供方）');
  });
});
