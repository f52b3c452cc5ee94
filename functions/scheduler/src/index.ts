export * from './jobs.ts';
export * from './scheduled-handler.ts';
