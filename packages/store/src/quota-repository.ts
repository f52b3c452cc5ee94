import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { emptyQuotaCounter, FEEDBACK_KINDS, MONTHS, type QuotaCounter } from '@openlicense/domain';
import { keys } from './keys.ts';
import type { StoreContext } from './store-context.ts';
import { addCounts, type TransactItem } from './write-atomically.ts';

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
} as const;

/**
 * A transaction item adding `counts` (attribute → amount) to the yearly counters of `orgId`; the item and
 * the attributes need not exist. Pair it with the evidence entry that proves it.
 */
export function quotaAdd(
  ctx: StoreContext,
  orgId: string,
  year: string,
  counts: Readonly<Record<string, number>>,
): TransactItem {
  return addCounts(ctx, keys.quota(orgId, year), counts);
}

/** A broker's yearly push counters (the quota and its rates), moved only by the push transactions. */
export function createQuotaRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    /** Every counter attribute of `orgId` for `year` as stored (missing ones are 0 to the caller). */
    async counts(orgId: string, year: string | number): Promise<Record<string, number>> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.quota(orgId, String(year)), ConsistentRead: true }),
      );
      return Object.fromEntries(
        Object.entries(Item ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
      );
    },

    /** The counters of `orgId` for the China-time `year` (all zero when nothing counted yet). */
    async get(orgId: string, year: string | number): Promise<QuotaCounter> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.quota(orgId, String(year)), ConsistentRead: true }),
      );
      const counter = emptyQuotaCounter(orgId, String(year));
      if (!Item) return counter;
      const n = (name: string) => Number(Item[name] ?? 0);
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
