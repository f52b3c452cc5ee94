import * as z from 'zod/mini';
import { FenSchema } from '../validation/money.ts';

/** What counts toward a yearly target, each recorded once on the trail of every organisation it counts for. */
export const EVIDENCE_KINDS = [
  'push_delivered',
  'open_licence',
  'royalty_paid',
  'deal_signed',
  'event_held',
  /** A 宣传培训 event (政策宣讲、专家座谈、实操培训) held; counts toward `trainingsHeld`, never `eventsHeld`. */
  'training_held',
  /** A party declined a deal naming it, with its reason (on its trail and the other parties'); counts nothing. */
  'deal_disputed',
  /** A licensor disputed a payment the licensee recorded (on both trails); counts nothing. */
  'payment_disputed',
] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  push_delivered: '精准推送送达',
  open_licence: '开放许可生效',
  royalty_paid: '提成支付',
  deal_signed: '交易签约',
  event_held: '对接活动举办',
  training_held: '宣传培训举办',
  deal_disputed: '交易有异议',
  payment_disputed: '付款有异议',
};

/** Small, flat facts about the subject: what a report row shows beside the summary. */
export const EvidenceDataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** One fact to append to an organisation's chain. */
export const EvidenceInputSchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  kind: EvidenceKindSchema,
  /** The licence, deal, push or event the fact is about. */
  subjectId: z.string().check(z.minLength(1)),
  amountFen: z.optional(FenSchema),
  actorId: z.string().check(z.minLength(1)),
  /** One Chinese line a reviewer at the IP office reads. */
  summary: z.string().check(z.minLength(1)),
  data: z.optional(EvidenceDataSchema),
  at: z.string(),
});
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

/** An appended entry: numbered from 1 per organisation, carrying the hash of the one before. */
export const EvidenceEntrySchema = z.extend(EvidenceInputSchema, {
  seq: z.int().check(z.positive()),
  /** China-time year of `at`: the year the fact counts for. */
  year: z.string().check(z.regex(/^\d{4}$/)),
  prevHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntrySchema>;

/** The `prevHash` of an organisation's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth and undefined members left out: the bytes a hash is
 * taken of, the same however the object was built.
 *
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }) // '{"a":[{"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Where a recomputed chain first disagrees with what is stored. */
export type ChainCheck =
  | { ok: true; entries: number; headHash: string }
  | {
      ok: false;
      entries: number;
      /** The first entry that does not hold (its seq). */
      brokenAt: number;
      reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_entry';
      message: string;
    };

/**
 * Recomputes a chain from its entries (any order) with `hash`, and reports the first broken link: an
 * entry whose content no longer gives its hash (edited), whose prevHash is not the hash before it
 * (reordered, or one removed and rehashed), or a gap in the numbering (deleted).
 */
export function checkChain(
  entries: readonly EvidenceEntry[],
  hash: (entry: Omit<EvidenceEntry, 'hash'>) => string,
): ChainCheck {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let previous = GENESIS_HASH;
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i]!;
    const broken = (reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_entry', message: string) =>
      ({
        ok: false,
        entries: sorted.length,
        brokenAt: reason === 'missing_entry' ? i + 1 : entry.seq,
        reason,
        message,
      }) as const;
    if (entry.seq !== i + 1) {
      return broken('missing_entry', `第 ${i + 1} 条证据缺失 / evidence entry ${i + 1} is missing`);
    }
    if (entry.prevHash !== previous) {
      return broken(
        'prev_hash_mismatch',
        `第 ${entry.seq} 条证据与前一条不衔接 / entry ${entry.seq} does not follow the entry before it`,
      );
    }
    const { hash: stored, ...content } = entry;
    if (hash(content) !== stored) {
      return broken(
        'hash_mismatch',
        `第 ${entry.seq} 条证据的内容已被改动 / entry ${entry.seq} was altered after it was written`,
      );
    }
    previous = stored;
  }
  return { ok: true, entries: sorted.length, headHash: previous };
}
