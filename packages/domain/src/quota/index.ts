export * from './awaiting-confirmation.ts';
export * from './target-evidence.ts';
export * from './targets.ts';
