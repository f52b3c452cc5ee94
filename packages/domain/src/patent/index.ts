export * from './iso-date.ts';
export * from './patent.ts';
export * from './patent-dispute.ts';
export * from './patentee-name.ts';
