export * from './import-job-ports.ts';
export * from './import-job-view.ts';
export * from './queue-import.ts';
