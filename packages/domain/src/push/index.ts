export * from './calendar.ts';
export * from './feedback.ts';
export * from './match-record.ts';
export * from './preferences.ts';
export * from './proposal.ts';
export * from './proposal-queue.ts';
export * from './push.ts';
export * from './quota.ts';
