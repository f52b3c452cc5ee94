import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorSigner } from './dynamo/signed-cursor.ts';

/** What every repository needs: the shared document client and the physical table name. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
}

/** A repository that hands out pagination cursors also needs the table's cursor signer. */
export interface PagedStoreContext extends StoreContext {
  cursors: CursorSigner;
}
