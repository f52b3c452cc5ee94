export * from './iso-date.ts';
export * from './patent.ts';
