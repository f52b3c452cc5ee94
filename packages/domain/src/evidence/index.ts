export * from './chain-head.ts';
export * from './evidence.ts';
