import type { Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import type { SnapshotStore } from '../catalogue/index.ts';
import { catalogueSnapshot } from './catalogue-snapshot.ts';
import { checkBundles } from './check-bundles.ts';
import { expireDeclarations, type JobClock } from './expire-declarations.ts';
import { fieldAlerts } from './field-alerts.ts';
import { filingReminders, type ReminderMailer } from './filing-reminders.ts';
import { marketNeeds } from './market-needs.ts';
import { rebuildOrgStats } from './rebuild-org-stats.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

/** Every nightly job, in the order it runs; the catalogue snapshot only where there is somewhere to keep it. */
export const scheduledJobs = (
  store: Store,
  clock: JobClock = { now: () => new Date(), newId: () => ulid() },
  options: { snapshots?: SnapshotStore; reminderMail?: ReminderMailer } = {},
): ScheduledJob[] => [
  rebuildOrgStats(store.orgStats),
  expireDeclarations(store.declarations, clock),
  // After declarations expire, so bundles see their members as they are tonight.
  checkBundles(store.bundles, clock),
  filingReminders(store, clock, options.reminderMail),
  marketNeeds(store, clock),
  // After the market projection, so this week's new needs are in it (it waits for Monday in China).
  fieldAlerts(store, clock, options.reminderMail),
  ...(options.snapshots ? [catalogueSnapshot(store.declarations, options.snapshots, clock.now)] : []),
];
