export * from './lifecycle.ts';
export * from './need.ts';
export * from './need-access.ts';
export * from './quality-hints.ts';
