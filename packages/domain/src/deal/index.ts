export * from './deal.ts';
export * from './deal-confirmation.ts';
export * from './deal-evidence.ts';
export * from './deal-move.ts';
export * from './deal-record.ts';
export * from './lead.ts';
