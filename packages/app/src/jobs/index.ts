export * from './deploy-run.ts';
export * from './field-alerts.ts';
export * from './filing-reminders.ts';
export * from './market-needs.ts';
export * from './scheduled-handler.ts';
export * from './scheduled-jobs.ts';
