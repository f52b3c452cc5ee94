export * from './needs.ts';
export * from './organisations.ts';
export * from './patents.ts';
export * from './types.ts';
export * from './users.ts';
