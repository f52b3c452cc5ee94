import { SNAPSHOT_KEY_PREFIX } from '@openlicense/app/catalogue';
import { createScheduledHandler, scheduledJobs, withDeployRun } from '@openlicense/app/jobs';
import { mailerFromEnvironment, readMailConfig } from '@openlicense/mail';
import { createMetrics, observedHandler } from '@openlicense/observability';
import { createStore, createStoreClients, s3SnapshotStore } from '@openlicense/store';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};
const store = createStore(createStoreClients(), required('TABLE_NAME'));
const snapshots = s3SnapshotStore(required('SNAPSHOT_BUCKET'), SNAPSHOT_KEY_PREFIX);
// Filing reminders go by email too, from `MAIL_FROM`, linking to the web app at `APP_URL`: through SES, or SMTP
// where SES is not offered (MAIL_TRANSPORT; the SMTP URL from the secret SMTP_SECRET_ID).
const { mailFrom, appUrl } = readMailConfig();
const reminderMail = { mailer: mailerFromEnvironment(), from: mailFrom, appUrl };

// Logs carry the invocation's Lambda context (Powertools, through @openlicense/observability). The deploy's
// custom resource (FirstSnapshotRuns) asks it for `catalogue-snapshot` once, through `withDeployRun`.
export const handler = observedHandler(
  createMetrics('OpenLicense', 'scheduler'),
  withDeployRun(
    createScheduledHandler(scheduledJobs(store, undefined, { snapshots, reminderMail }), store.jobRuns),
  ),
);
