import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One DynamoDB Local per worker (index = VITEST_POOL_ID − 1); each test file makes its own table. */
    dynamoEndpoints: string[];
  }
}

/**
 * One in-memory DynamoDB Local per worker for the integration run, so two files running side by side
 * never queue behind each other in one engine; each test file still makes its own table.
 */
export default async function setup(project: TestProject) {
  const workers = Math.max(1, Number(project.vitest.config.maxWorkers) || 1);
  const engines = await Promise.all(Array.from({ length: workers }, () => startDynamoDbLocal()));
  project.provide(
    'dynamoEndpoints',
    engines.map((db) => db.endpoint),
  );
  return async () => {
    await Promise.all(engines.map((db) => db.stop()));
  };
}
