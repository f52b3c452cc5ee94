export * from './table-definitions.ts';
