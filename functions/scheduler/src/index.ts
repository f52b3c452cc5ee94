export * from './jobs/filing-reminders.ts';
export * from './jobs.ts';
export * from './scheduled-handler.ts';
