export * from './config.ts';
export * from './dynamodb-local.ts';
export * from './java-check.ts';
export * from './local-stack.ts';
export * from './schedule-timer.ts';
export * from './stream-poller.ts';
export * from './table-dump.ts';
