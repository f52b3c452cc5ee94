// A second reference: the bare Hono bundle plus what every data-touching function must load — the
// runtime's DynamoDB SDK (external, as in Lambda) with its document client built at module scope.
// The functions' init is also reported against this floor, which no code of ours can go below.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = handle(new Hono().get('/', (c) => c.text(typeof doc.send)));
