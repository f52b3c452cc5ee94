export * from './target-evidence.ts';
export * from './targets.ts';
