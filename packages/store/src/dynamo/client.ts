import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StoreClients {
  raw: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/**
 * Builds the SDK clients once (at module scope in a Lambda, at start-up locally). `endpoint` is set
 * only for DynamoDB Local; in AWS the SDK resolves the regional endpoint itself.
 */
export function createStoreClients(config: { endpoint?: string; region?: string } = {}): StoreClients {
  const options: DynamoDBClientConfig = { region: config.region ?? process.env.AWS_REGION ?? 'cn-north-1' };
  if (config.endpoint) {
    options.endpoint = config.endpoint;
    // DynamoDB Local accepts any credentials; fixed ones keep a developer's real keys out of play.
    options.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  const raw = new DynamoDBClient(options);
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { raw, doc };
}
