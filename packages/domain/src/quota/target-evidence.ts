import type { EvidenceEntry, EvidenceKind } from '../evidence/index.ts';
import type { QuotaKey } from './targets.ts';

/**
 * Which evidence proves each target. An organisation's trail holds only what counted for it, so the kind
 * says which target an entry moved: a licence or a deal counts once (and its amount), a later payment
 * (royalty, instalment) adds its amount only.
 */
export const TARGET_EVIDENCE_KINDS: Readonly<Record<QuotaKey, readonly EvidenceKind[]>> = {
  precise_pushes: ['push_delivered'],
  events_held: ['event_held'],
  trainings_held: ['training_held'],
  brokered_deals: ['open_licence', 'deal_signed', 'royalty_paid'],
  intake_count: ['open_licence', 'deal_signed'],
  intake_fen: ['open_licence', 'deal_signed', 'royalty_paid'],
  conversion_count: ['open_licence', 'deal_signed'],
  conversion_fen: ['open_licence', 'deal_signed', 'royalty_paid'],
};

/** Kinds that add to a count; the others (payments) add to an amount only. */
const COUNTED_KINDS: ReadonlySet<EvidenceKind> = new Set([
  'push_delivered',
  'open_licence',
  'deal_signed',
  'event_held',
  'training_held',
]);

/** Whether an entry adds one to its target's count. */
export const countsOne = (entry: Pick<EvidenceEntry, 'kind'>) => COUNTED_KINDS.has(entry.kind);

/** The entries of a trail that prove `key`, oldest first. */
export const evidenceForTarget = (key: QuotaKey, entries: readonly EvidenceEntry[]): EvidenceEntry[] =>
  entries.filter((entry) => TARGET_EVIDENCE_KINDS[key].includes(entry.kind)).sort((a, b) => a.seq - b.seq);

export interface TargetEvidenceTotals {
  /** Entries listed. */
  rows: number;
  /** Entries that add one to the count. */
  count: number;
  /** Their amounts together, in fen. */
  amountFen: number;
}

/**
 * The rows, the count and the amount of `entries`. The amount is added exactly (as a BigInt); the store
 * keeps an organisation's yearly amounts below 2^53, so it always fits a JS number — a total that would not
 * throws RangeError instead of reading rounded.
 */
export function targetEvidenceTotals(entries: readonly EvidenceEntry[]): TargetEvidenceTotals {
  const amount = entries.reduce((sum, entry) => sum + BigInt(entry.amountFen ?? 0), 0n);
  if (amount > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`evidence total ${amount} fen is beyond the exact range of a number`);
  return {
    rows: entries.length,
    count: entries.filter(countsOne).length,
    amountFen: Number(amount),
  };
}

/** The actual a target's evidence adds up to, in the target's own measure (and the `either` one). */
export function evidenceActual(
  key: QuotaKey,
  entries: readonly EvidenceEntry[],
): { actual: number; either?: number } {
  const totals = targetEvidenceTotals(evidenceForTarget(key, entries));
  if (key === 'brokered_deals') return { actual: totals.count, either: totals.amountFen };
  return { actual: key.endsWith('_fen') ? totals.amountFen : totals.count };
}

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/**
 * The other party an entry names, as writers put it in `data` (the enterprise a push went to, the licensee
 * or licensor, the acquirer or supplier); empty when none is named.
 */
export function evidenceCounterpart(entry: Pick<EvidenceEntry, 'data'>): string {
  const data = entry.data ?? {};
  for (const name of [
    'counterpartName',
    'counterpart',
    'enterpriseName',
    'licenseeName',
    'licensorName',
    'acquirerName',
    'supplierName',
    'partyNames',
  ]) {
    const value = text(data[name]);
    if (value) return value;
  }
  return '';
}

/** The name of what an entry is about, as its writer put it in `data` (a title, patent numbers), else its id. */
export function evidenceSubjectName(entry: Pick<EvidenceEntry, 'data' | 'subjectId'>): string {
  const data = entry.data ?? {};
  for (const name of [
    'subjectTitle',
    'listingTitle',
    'title',
    'eventTitle',
    'patentNumbers',
    'patentNumber',
  ]) {
    const value = text(data[name]);
    if (value) return value;
  }
  return entry.subjectId;
}

/** What an entry is about, for a reader: the title of the listing, deal or event if named, else its id. */
export function evidenceSubject(entry: Pick<EvidenceEntry, 'data' | 'subjectId'>): string {
  const name = evidenceSubjectName(entry);
  return name === entry.subjectId ? name : `${name}（${entry.subjectId}）`;
}
