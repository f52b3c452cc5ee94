import { evidenceSubjectName } from '@openlicense/domain/quota/target-evidence';
import type { AwaitingItem } from '../api/confirmations.ts';
import type { ChainCheck, EvidenceEntry, QuotaKey, QuotaTargetView } from '../api/quotas.ts';
import { type Locale, type MessageKey, t } from '../i18n/messages.ts';
import { data, type Phrase } from './phrase.ts';
import { formatQuotaValue } from './quota-view.ts';
import { localiseServerMessage } from './server-message.ts';

type UnitCode = QuotaTargetView['unitCode'];

/** A target's name in the reader's language, from its key. */
export const quotaLabel = (key: QuotaKey): string => t(`quota.label.${key}`);

/** The name of an "either" target's second measure (促成许可/转让金额). */
export const quotaEitherLabel = (either: NonNullable<QuotaTargetView['either']>): string =>
  t(`quota.eitherLabel.${either.key}`);

/**
 * A target's figure with its unit in the reader's language: money (unit `fen`) as 万元 or ¥, counts with
 * 次/场/件 or their English words.
 *
 * @example quotaFigure(3, 'items', 'en') // '3 items'
 * @example quotaFigure(200_000_000, 'fen', 'zh-CN') // '200万元'
 */
export const quotaFigure = (value: number, unitCode: UnitCode, locale: Locale): string =>
  formatQuotaValue(value, unitCode, locale);

/** How a derived target was set, in the reader's language; an older server's bilingual note split by locale. */
export function quotaBasis(target: QuotaTargetView, locale: Locale): string | undefined {
  if (target.basisCode && target.basisParams) {
    const { lastYear, growthPercent } = target.basisParams;
    return t(`quota.basis.${target.basisCode}`, {
      lastYear: quotaFigure(lastYear, target.unitCode, locale),
      growth: growthPercent,
    });
  }
  return target.basis ? localiseServerMessage(target.basis, locale) : undefined;
}

/** Where the evidence chain broke, in the reader's language. */
export function chainFinding(check: ChainCheck, locale: Locale): string {
  if (check.reason && check.brokenAt !== undefined)
    return t(`quota.chainReason.${check.reason}`, { seq: check.brokenAt });
  return check.message ? localiseServerMessage(check.message, locale) : '';
}

/**
 * An evidence row's summary for the reader: the Chinese line stored in the chain (it is what was hashed and
 * what the IP office reads) on a Chinese screen; on an English one the entry's kind and its subject.
 */
export function evidenceSummary(entry: EvidenceEntry, locale: Locale): Phrase | string {
  if (locale === 'zh-CN') return entry.summary;
  return {
    id: 'evidence.summaryOf',
    params: { kind: { id: `evidence.kind.${entry.kind}` }, subject: data(evidenceSubjectName(entry)) },
  };
}

/**
 * A result awaiting confirmation, with the organisation's role in it: the stored Chinese line on a Chinese
 * screen; on an English one phrased from its facts (deal kind, patents and parties, or the licence's offer
 * and the receipt's kind). An item from an older server without the facts keeps its Chinese line.
 */
export function awaitingTitle(item: AwaitingItem, locale: Locale): Phrase | string {
  const title = awaitingSubject(item, locale);
  const role = awaitingRole(item, locale);
  if (typeof title === 'string' || typeof role === 'string') return `${item.title}（${item.role}）`;
  return { id: 'awaiting.withRole', params: { title, role } };
}

/** What a result awaiting confirmation is (see {@link awaitingTitle}), without the role. */
export function awaitingSubject(item: AwaitingItem, locale: Locale): Phrase | string {
  const { subject } = item;
  if (locale === 'zh-CN' || !subject) return item.title;
  return subject.kind === 'deal'
    ? {
        id: 'awaiting.deal',
        params: {
          kind: { id: `deal.kind.${subject.dealKind}` as MessageKey },
          patents: { list: subject.patentNumbers },
          suppliers: { list: subject.suppliers.map(data) },
          acquirer: data(subject.acquirer),
        },
      }
    : {
        id: 'awaiting.receipt',
        params: { title: data(subject.offerTitle), what: { id: `evidence.kind.${subject.receiptKind}` } },
      };
}

/** The organisation's role in a result awaiting confirmation, in the reader's language. */
export function awaitingRole(item: AwaitingItem, locale: Locale): Phrase | string {
  const { roleCodes } = item;
  if (locale === 'zh-CN' || !roleCodes) return item.role;
  return {
    id: 'awaiting.roles',
    params: { roles: { list: roleCodes.map((code) => ({ id: `awaiting.role.${code}` as MessageKey })) } },
  };
}
