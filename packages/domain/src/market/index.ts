export * from './research-fields.ts';
