import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { StoreClients } from './dynamo/client.ts';

/**
 * True once the table answers: the health check's probe, for a store built from single repositories
 * (an API function's own store) rather than by `createStore`.
 */
export const createTablePing = (clients: StoreClients, tableName: string) => async (): Promise<boolean> => {
  const { Table } = await clients.raw.send(new DescribeTableCommand({ TableName: tableName }));
  return Table?.TableStatus === 'ACTIVE';
};
