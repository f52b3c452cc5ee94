import './zod-messages.ts';

export * from './access/index.ts';
export * from './authorisation/index.ts';
export * from './bundle/index.ts';
export * from './deal/index.ts';
export * from './declaration/index.ts';
export * from './errors.ts';
export * from './event/index.ts';
export * from './evidence/index.ts';
export * from './licence/index.ts';
export * from './need/index.ts';
export * from './organisation/index.ts';
export * from './patent/index.ts';
export * from './push/index.ts';
export * from './quota/index.ts';
export * from './security/index.ts';
export * from './user/index.ts';
export * from './validation/index.ts';
