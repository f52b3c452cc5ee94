import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { seedDemoDump } from './demo-dump.ts';

/**
 * `node --import tsx test/support/prepare-demo-dump.ts <file>`: seeds the demo once into `<file>` on a
 * DynamoDB Local of its own, then stops it. `npm test` runs this beside the typecheck (which keeps one core
 * busy) and hands the file to the browser tests (OPENLICENSE_DEMO_DUMP), which then restore it instead of
 * seeding again.
 */
const file = process.argv[2];
if (!file) throw new Error('usage: prepare-demo-dump.ts <file>');
// Stopped early (the typecheck failed): exit through the handlers that stop DynamoDB Local.
process.once('SIGTERM', () => process.exit(143));
const db = await startDynamoDbLocal();
try {
  await seedDemoDump(db.endpoint, file);
} finally {
  await db.stop();
}
