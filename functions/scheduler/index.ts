import { createStore, createStoreClients } from '@openlicense/store';
import { scheduledJobs } from './src/jobs.ts';
import { createScheduledHandler } from './src/scheduled-handler.ts';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('Missing environment variable TABLE_NAME');
const store = createStore(createStoreClients(), tableName);

export const handler = createScheduledHandler(scheduledJobs(store), store.jobRuns);
