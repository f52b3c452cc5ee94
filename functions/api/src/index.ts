export * from './api-groups.ts';
export * from './app.ts';
