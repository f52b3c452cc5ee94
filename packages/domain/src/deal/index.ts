export * from './deal.ts';
export * from './deal-confirmation.ts';
export * from './deal-record.ts';
export * from './lead.ts';
