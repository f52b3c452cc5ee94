export * from './deal.ts';
export * from './lead.ts';
