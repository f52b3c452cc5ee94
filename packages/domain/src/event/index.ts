export * from './event.ts';
export * from './event-schedule.ts';
export * from './held-evidence.ts';
export * from './held-rule.ts';
export * from './invitation.ts';
