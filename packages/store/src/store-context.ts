import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What every repository needs: the shared document client and the physical table name. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
}
