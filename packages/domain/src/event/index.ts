export * from './event.ts';
export * from './held-rule.ts';
