import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { emptyQuotaCounter, FEEDBACK_KINDS, MONTHS, type QuotaCounter } from '@openlicense/domain';
import { exactCount, exactCounts } from '../dynamo/exact-count.ts';
import { addCounts, type TransactItem } from '../dynamo/write-atomically.ts';
import { keys } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/**
 * Counter attributes are flat (`m11`, `fb_interested`) so every transaction can `ADD` to them without the
 * item or a map existing first; `get` folds them into the `QuotaCounter` shape.
 */
export const quotaAttribute = {
  pushes: 'pushes',
  delivered: 'delivered',
  reads: 'reads',
  month: (month: string) => `m${month}`,
  feedback: (kind: string) => `fb_${kind}`,
  /** Enterprise: patents taken in (licences, transfers, equity) and their amount. */
  intakeCount: 'intakeCount',
  intakeFen: 'intakeFen',
  /** University or institute: conversions (licences, transfers, equity) and their amount. */
  conversionCount: 'conversionCount',
  conversionFen: 'conversionFen',
  /** Agency or park: university-to-enterprise licences and transfers it brokered, and their amount. */
  brokeredCount: 'brokeredCount',
  brokeredFen: 'brokeredFen',
  /** Agency or park: matchmaking events held (with attendance and minutes). */
  eventsHeld: 'eventsHeld',
  /** Agency or park: 宣传培训 events held (政策宣讲、专家座谈、实操培训), apart from matchmaking. */
  trainingsHeld: 'trainingsHeld',
  /**
   * Every amount counted for the organisation in the year, whichever target it moved: guarded below 2^53
   * like every counter, so any sum of the year's evidence amounts is an exact JS number too.
   */
  totalFen: 'totalFen',
} as const;

/** The counter attributes that hold amounts in fen (the quota's `…Fen` targets). */
const isAmountAttribute = (name: string) => name.endsWith('Fen') && name !== quotaAttribute.totalFen;

/**
 * A transaction item adding `counts` (attribute → amount) to the yearly counters of `orgId`; the item and
 * the attributes need not exist. Pair it with the evidence entry that proves it. Amounts also move
 * `totalFen`; the transaction is refused (`total_limit_reached`) rather than let any counter pass 2^53 − 1.
 */
export function quotaAdd(
  ctx: StoreContext,
  orgId: string,
  year: string,
  counts: Readonly<Record<string, number>>,
): TransactItem {
  const amount = Object.entries(counts)
    .filter(([name]) => isAmountAttribute(name))
    .reduce((sum, [, n]) => sum + n, 0);
  return addCounts(
    ctx,
    keys.quota(orgId, year),
    amount === 0 ? counts : { ...counts, [quotaAttribute.totalFen]: amount },
  );
}

/** A broker's yearly push counters (the quota and its rates), moved only by the push transactions. */
export function createQuotaRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    /**
     * Every counter attribute of `orgId` for `year` as stored (missing ones are 0 to the caller), each an
     * exact integer; a stored value no JS number holds exactly throws `CounterRangeError`.
     */
    async counts(orgId: string, year: string | number): Promise<Record<string, number>> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.quota(orgId, String(year)), ConsistentRead: true }),
      );
      // Exact whatever the client returns (a number, a BigInt past 2^53, a NumberValue): never dropped as 0.
      return exactCounts(Item);
    },

    /** The counters of `orgId` for the China-time `year` (all zero when nothing counted yet). */
    async get(orgId: string, year: string | number): Promise<QuotaCounter> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.quota(orgId, String(year)), ConsistentRead: true }),
      );
      const counter = emptyQuotaCounter(orgId, String(year));
      if (!Item) return counter;
      const n = (name: string) => exactCount(name, Item[name]);
      return {
        ...counter,
        pushes: n(quotaAttribute.pushes),
        delivered: n(quotaAttribute.delivered),
        reads: n(quotaAttribute.reads),
        byMonth: Object.fromEntries(MONTHS.map((m) => [m, n(quotaAttribute.month(m))])),
        feedback: Object.fromEntries(FEEDBACK_KINDS.map((k) => [k, n(quotaAttribute.feedback(k))])),
      };
    },
  };
}
export type QuotaRepository = ReturnType<typeof createQuotaRepository>;
