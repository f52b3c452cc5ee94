import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { KeyAttribute, TableDefinition } from '../table-definitions.ts';

function attributeDefinitions(def: TableDefinition) {
  const all: KeyAttribute[] = [def.partitionKey, def.sortKey];
  for (const gsi of def.globalIndexes) {
    all.push(gsi.partitionKey);
    if (gsi.sortKey) all.push(gsi.sortKey);
  }
  const unique = new Map(all.map((a) => [a.name, a]));
  return [...unique.values()].map((a) => ({ AttributeName: a.name, AttributeType: a.type }));
}

function keySchema(pk: KeyAttribute, sk?: KeyAttribute) {
  return [
    { AttributeName: pk.name, KeyType: 'HASH' as const },
    ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
  ];
}

function indexInput(gsi: TableDefinition['globalIndexes'][number]) {
  return {
    IndexName: gsi.indexName,
    KeySchema: keySchema(gsi.partitionKey, gsi.sortKey),
    Projection: { ProjectionType: 'ALL' as const },
  };
}

/**
 * Creates `def` as `tableName` if it is missing and adds any index the definition gained since;
 * safe to run at every start. Streams and TTL are switched on as in the CDK stack; `stream: false` leaves the
 * stream off for a table no one reads it from (tests sharing one DynamoDB Local): that engine looks up every
 * stream it ever made on each write, deleted tables' ones included, so writes slowed as a run went on.
 */
export async function ensureTable(
  client: DynamoDBClient,
  def: TableDefinition,
  tableName: string,
  options: { stream?: boolean } = {},
): Promise<void> {
  const existing = await describe(client, tableName);
  if (!existing) {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(def),
        KeySchema: keySchema(def.partitionKey, def.sortKey),
        GlobalSecondaryIndexes: def.globalIndexes.map(indexInput),
        ...(options.stream === false
          ? {}
          : { StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream } }),
      }),
    );
    await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: def.timeToLiveAttribute },
      }),
    );
    return;
  }
  const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
  for (const gsi of def.globalIndexes.filter((g) => !present.has(g.indexName))) {
    // DynamoDB accepts one index creation per UpdateTable call.
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributeDefinitions(def),
        GlobalSecondaryIndexUpdates: [{ Create: indexInput(gsi) }],
      }),
    );
  }
}

async function describe(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
