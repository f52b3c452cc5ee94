import {
  type AttributeValue,
  BatchWriteItemCommand,
  type DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';

/**
 * Every item of a table in DynamoDB's own attribute-value form (plain JSON: exact numbers stay strings),
 * which `restoreTable` writes back into a fresh table made from the same definition.
 */
export type TableDump = readonly Record<string, AttributeValue>[];

/**
 * Reads a whole table. For local tooling only (the test run seeds the demo once and hands every
 * browser-test stack a copy); no request path scans.
 */
export async function dumpTable(raw: DynamoDBClient, tableName: string): Promise<TableDump> {
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await raw.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** BatchWriteItem takes at most 25 puts. */
const BATCH = 25;
/** DynamoDB Local leaves nothing unprocessed in practice; a table that keeps refusing is broken. */
const MAX_ATTEMPTS = 20;

/** Writes `items` into `tableName`, retrying what DynamoDB leaves unprocessed. */
export async function restoreTable(raw: DynamoDBClient, tableName: string, items: TableDump): Promise<void> {
  for (let at = 0; at < items.length; at += BATCH) {
    let requests = items.slice(at, at + BATCH).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; requests.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`restoring ${tableName}: items stayed unprocessed`);
      const { UnprocessedItems } = await raw.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}
