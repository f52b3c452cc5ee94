export * from './authorisation.ts';
export * from './authorisation-access.ts';
export * from './broker-authorisation.ts';
