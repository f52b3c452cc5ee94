import type { TestProject } from 'vitest/node';
import { freePort, startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { distinctFreePort } from './engine-ready.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One DynamoDB Local per worker (index = VITEST_POOL_ID − 1); each test file makes its own table. */
    dynamoEndpoints: string[];
  }
}

/**
 * One in-memory DynamoDB Local per worker for the integration run, so two files running side by side
 * never queue behind each other in one engine; each test file still makes its own table. The engines
 * start in the background: the run goes on (other tiers' tests, the browser tests' setup) and the first
 * table a worker makes waits for its engine (`engineReady` in test-table.ts).
 */
export default async function setup(project: TestProject) {
  const workers = Math.max(1, Number(project.vitest.config.maxWorkers) || 1);
  const ports: number[] = [];
  for (let i = 0; i < workers; i++) ports.push(await distinctFreePort(freePort));
  const engines = ports.map((port) => startDynamoDbLocal({ port }));
  project.provide(
    'dynamoEndpoints',
    ports.map((port) => `http://127.0.0.1:${port}`),
  );
  return async () => {
    const started = await Promise.allSettled(engines);
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  };
}
