export * from './lead.ts';
