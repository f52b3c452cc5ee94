export * from './authorisation.ts';
export * from './authorisation-access.ts';
