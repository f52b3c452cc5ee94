export * from './mail-config.ts';
export * from './mailer.ts';
export * from './mailer-from-config.ts';
export * from './mailer-from-environment.ts';
export * from './outbox-mailer.ts';
export * from './ses-mailer.ts';
export * from './smtp-mailer.ts';
