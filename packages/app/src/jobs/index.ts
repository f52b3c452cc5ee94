export * from './deploy-run.ts';
export * from './filing-reminders.ts';
export * from './scheduled-handler.ts';
export * from './scheduled-jobs.ts';
