export * from './change-record.ts';
export * from './consumers/org-stats.ts';
export * from './consumers.ts';
export * from './stream-handler.ts';
