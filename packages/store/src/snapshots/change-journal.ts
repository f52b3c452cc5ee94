import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { StoreContext } from '../store-context.ts';

/** What a journal entry names: an item whose current state a snapshot's reader should re-read. */
export type JournalKind = 'need' | 'bundle';

export interface JournalEntry {
  kind: JournalKind;
  id: string;
  /** ISO time the change was applied. */
  at: string;
}

const PARTITION = 'MATCH_JOURNAL';
/** Longer than the nightly snapshot's age at its oldest, so a cold start always finds what it needs. */
const KEEP_DAYS = 8;
const EntrySchema = z.object({ kind: z.enum(['need', 'bundle']), id: z.string(), at: z.string() });

/**
 * The changes a snapshot of derived state (the matching engine) was not built from, for the items that have
 * no index by change time (needs, bundles): the matcher appends one entry per change it applies, and a cold
 * start reads the entries since its snapshot and re-reads those items. Entries expire after a week (TTL).
 * Appending the same change twice writes the same item.
 */
export function createChangeJournal(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    async append(entry: JournalEntry): Promise<void> {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            pk: PARTITION,
            sk: `${entry.at}#${entry.kind}#${entry.id}`,
            entity: 'JournalEntry',
            ...entry,
            expiresAt: Math.floor(Date.parse(entry.at) / 1000) + KEEP_DAYS * 86_400,
          },
        }),
      );
    },

    /** Entries at or after `isoTime`, oldest first. */
    async since(isoTime: string): Promise<JournalEntry[]> {
      const entries: JournalEntry[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk >= :since',
            ExpressionAttributeValues: { ':pk': PARTITION, ':since': isoTime },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of result.Items ?? []) entries.push(EntrySchema.parse(raw));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return entries;
    },
  };
}
export type ChangeJournal = ReturnType<typeof createChangeJournal>;
