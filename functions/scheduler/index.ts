import { s3SnapshotStore } from '@openlicense/fn-api/catalogue';
import { readMailConfig, sesMailer } from '@openlicense/mail';
import { createStore, createStoreClients } from '@openlicense/store';
import { scheduledJobs } from './src/jobs.ts';
import { createScheduledHandler } from './src/scheduled-handler.ts';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};
const store = createStore(createStoreClients(), required('TABLE_NAME'));
const snapshots = s3SnapshotStore(required('SNAPSHOT_BUCKET'));
// Filing reminders go by email too: SES from `MAIL_FROM`, linking to the web app at `APP_URL`.
const { mailFrom, appUrl } = readMailConfig();
const reminderMail = { mailer: sesMailer(), from: mailFrom, appUrl };

export const handler = createScheduledHandler(
  scheduledJobs(store, undefined, { snapshots, reminderMail }),
  store.jobRuns,
);
