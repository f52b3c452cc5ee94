export * from './change-journal.ts';
export * from './file-snapshot-store.ts';
export * from './s3-snapshot-store.ts';
export * from './snapshot-store.ts';
